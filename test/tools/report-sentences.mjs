#!/usr/bin/env node
/**
 * `npm run report:sentences -- NCT… [NCT…] [--lang en|es|both] [--now YYYY-MM-DD] [--json] [--full]
 * [--dist DIR]`: everything the card writes for a record (sentences, chips, labels, table captions, date rows,
 * headings, glossary explanations), in English and Spanish, each with the `data-source` record fields behind
 * it, so that a reviewer can hold it against the record JSON (see ../shared/notes/content-review.md).
 *
 * It renders the real element (the one-script build, dist/trial-summary.iife.js; built first when missing) in
 * headless Chromium against the fake registry, which serves the 22 recorded studies, the 304-record corpus
 * (test/fixtures/corpus) and synthetic variants (test/fixtures/synthetic/NCT*.json). The card's clock and the
 * page's `Date` are pinned to --now (default: today), 12:00 UTC. Every disclosure (`<details>`) and every
 * glossary word is opened; what was behind a closed one is marked "closed". Items are walked in document
 * order through the shadow root. Per item:
 *   - block: the card's part (header, summary, risks, eligibility, conditions, locations, dates, signup,
 *     disclaimer) and the item's kind (heading, sentence, chip, label, caption, date row, glossary, …);
 *   - own | record: record text is what the card marks `lang="en"` inside its own language (verbatim registry
 *     text); an own sentence that quotes record words shows them as ⟨…⟩; record text is cut to 80 characters
 *     (--full keeps all of it);
 *   - sources: the `data-source` of the item's element or its nearest ancestor, plus any inside it; an own
 *     item with none prints NO SOURCE.
 * --json prints [{ nct, lang, now, error?, items: [{ n, block, kind, text, sources, origin, hidden }] }].
 * --dist DIR renders another build (e.g. a copy of dist/ kept for a "before" review).
 * Sites beyond the first few of a long list are not paged through (the list is registry text).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { canonicalId, createRegistry } from '../fake-registry/registry.js';

const root = new URL('../../', import.meta.url).pathname;
const RECORD_CHARS = 80;

const args = process.argv.slice(2);
/** @param {string} name */
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const usage =
  'usage: npm run report:sentences -- NCT… [NCT…] [--lang en|es|both] [--now YYYY-MM-DD] [--json] [--full] [--dist DIR]';
const valued = new Set(['--lang', '--now', '--dist']);
const ids = args
  .filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''))
  .map((a) => ({ given: a, nct: canonicalId(a) }));
const bad = ids.find((x) => !x.nct);
if (ids.length === 0 || bad || args.includes('--help')) {
  if (bad) console.error(`not an NCT number: ${bad.given}`);
  console.error(usage);
  process.exit(2);
}
const langOption = option('--lang') ?? 'both';
if (!['en', 'es', 'both'].includes(langOption)) {
  console.error(usage);
  process.exit(2);
}
const langs = langOption === 'both' ? ['en', 'es'] : [langOption];
const now = option('--now') ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(Date.parse(`${now}T12:00:00Z`))) {
  console.error(`--now wants YYYY-MM-DD, not ${now}`);
  process.exit(2);
}
const asJson = args.includes('--json');
const full = args.includes('--full');
const distDir = resolve(option('--dist') ?? join(root, 'dist'));
const script = join(distDir, 'trial-summary.iife.js');

if (!existsSync(script)) {
  if (option('--dist')) {
    console.error(`no trial-summary.iife.js in ${distDir}`);
    process.exit(2);
  }
  console.error('dist/trial-summary.iife.js is missing: running npm run build first …');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0 || !existsSync(script)) {
    console.error('npm run build failed');
    process.exit(1);
  }
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sentence report</title>
<script src="/trial-summary.iife.js"></script></head><body></body></html>`;
const registry = createRegistry();
const server = createServer((req, res) => {
  if (registry.handle(req, res)) return;
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  else if (path === '/trial-summary.iife.js')
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
  else res.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// A reader that stops early (`| head`) ends the report, not the process: the browser still closes.
let stopped = false;
process.stdout.on('error', (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EPIPE') throw error;
  stopped = true;
});

const browser = await launchChromium();
const reports = [];
let failed = false;
try {
  for (const { nct } of ids) {
    for (const lang of langs) {
      if (stopped) break;
      const report = await render(/** @type {string} */ (nct), lang);
      if (report.error) failed = true;
      reports.push(report);
      if (!asJson) process.stdout.write(format(report));
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (asJson && !stopped) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;

/** @param {string} nct @param {string} lang */
async function render(nct, lang) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  try {
    await page.clock.setFixedTime(new Date(`${now}T12:00:00Z`));
    await page.goto(origin);
    const result = await page.evaluate(extract, {
      nct,
      lang,
      now: `${now}T12:00:00Z`,
      recordChars: full ? Infinity : RECORD_CHARS,
    });
    if (problems.length) result.pageErrors = problems;
    return { nct, lang, now, ...result };
  } finally {
    await page.close();
  }
}

/**
 * Runs in the page: renders one card, opens everything, and returns its items.
 * @param {{ nct: string, lang: string, now: string, recordChars: number }} options
 */
async function extract({ nct, lang, now, recordChars }) {
  /* global Element, HTMLElement, Node -- this function runs in the page */
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  await customElements.whenDefined('trial-summary');
  /** @type {any} */
  const el = document.createElement('trial-summary');
  const fixed = new Date(now);
  el.clock = () => new Date(fixed.getTime());
  el.apiBase = '/api/v2';
  el.loading = 'eager';
  el.setAttribute('lang', lang);
  el.nct = nct;
  const settled = new Promise((done) => {
    el.addEventListener('trial-summary-load', () => done(undefined), { once: true });
    el.addEventListener('trial-summary-error', (e) => done(e.detail ?? {}), { once: true });
  });
  document.body.append(el);
  const outcome = await Promise.race([settled, sleep(20_000).then(() => ({ reason: 'timeout' }))]);
  await el.updateComplete;
  const root = /** @type {ShadowRoot} */ (el.shadowRoot);

  // Open every disclosure, rounds at a time (opened content may hold more), and every glossary word.
  const closed = new WeakSet();
  for (let round = 0; round < 10; round++) {
    const shut = [...root.querySelectorAll('details')].filter((d) => !d.open);
    if (shut.length === 0) break;
    for (const d of shut) {
      closed.add(d);
      d.open = true;
    }
    await sleep(0);
    await el.updateComplete;
    await sleep(0);
  }
  const definitions = new WeakSet();
  for (const button of root.querySelectorAll('button.term[aria-expanded="false"]')) {
    const definition = button.nextElementSibling;
    if (definition?.classList.contains('definition')) definitions.add(definition);
    /** @type {HTMLElement} */ (button).click();
    if (definition instanceof HTMLElement && definition.hidden) {
      button.setAttribute('aria-expanded', 'true');
      definition.hidden = false;
    }
  }
  await el.updateComplete;

  const base = root.querySelector('[part=base]');
  const INLINE = new Set([
    'A',
    'SPAN',
    'STRONG',
    'B',
    'EM',
    'I',
    'U',
    'TIME',
    'ABBR',
    'CODE',
    'SUB',
    'SUP',
    'SMALL',
    'MARK',
    'BR',
    'DEL',
    'INS',
    'Q',
    'CITE',
    'DFN',
    'KBD',
    'S',
    'VAR',
  ]);
  const SKIP = new Set(['STYLE', 'SCRIPT', 'SLOT', 'TEMPLATE', 'NOSCRIPT']);
  /** Row of a description list: its dt and dd are one item ("label — value"). */
  const isRow = (/** @type {Element} */ e) =>
    e.tagName === 'DIV' && e.parentElement?.tagName === 'DL';
  const isInline = (/** @type {Element} */ e) =>
    (INLINE.has(e.tagName) && !e.classList.contains('definition')) ||
    (e.tagName === 'BUTTON' && e.classList.contains('term')) ||
    ((e.tagName === 'DT' || e.tagName === 'DD') && e.parentElement && isRow(e.parentElement));
  /** Record text: marked with a `lang` of its own inside the card (not the card's base, not a definition). */
  const isRecord = (/** @type {Node} */ node) => {
    const marked = node.parentElement?.closest('[lang]');
    return Boolean(
      marked &&
      marked !== base &&
      !marked.classList.contains('definition') &&
      marked.getAttribute('role') !== 'status',
    );
  };
  const hiddenBehind = (/** @type {Element} */ e) => {
    for (let x = /** @type {Element | null} */ (e); x; x = x.parentElement) {
      if (definitions.has(x)) return true;
      if (x.tagName === 'DETAILS' && closed.has(x)) {
        const summary = e.closest('summary');
        if (!summary || !x.contains(summary)) return true;
      }
    }
    return false;
  };
  const kindOf = (/** @type {Element} */ e) => {
    const tag = e.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (e.classList.contains('definition')) return 'glossary';
    if (isRow(e)) return e.parentElement?.classList.contains('dates') ? 'date row' : 'row';
    if (tag === 'li') return e.closest('ul.chips') ? 'chip' : 'item';
    if (tag === 'p' || tag === 'blockquote') return tag === 'p' ? 'sentence' : 'quote';
    if (tag === 'caption' || tag === 'figcaption') return 'caption';
    if (tag === 'th') return 'table header';
    if (tag === 'td') return 'table cell';
    if (tag === 'summary') return 'disclosure';
    if (tag === 'dt' || tag === 'label' || tag === 'legend') return 'label';
    if (tag === 'dd') return 'value';
    if (tag === 'svg') return 'picture';
    return tag;
  };

  /** @type {{ n: number, block: string, kind: string, text: string, sources: string[], origin: string, hidden: boolean, term?: string }[]} */
  const items = [];
  const add = (
    /** @type {Element} */ e,
    /** @type {{ text: string, record: boolean }[]} */ runs,
    /** @type {string[]} */ inner,
  ) => {
    const collapsed = runs
      .map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }))
      .filter((r) => r.text !== '');
    const merged = [];
    for (const r of collapsed) {
      const last = merged[merged.length - 1];
      if (last && (last.record === r.record || r.text.trim() === '')) last.text += r.text;
      else merged.push({ ...r });
    }
    const visible = merged.filter((r) => r.text.trim() !== '');
    if (visible.length === 0) return;
    const own = visible.some((r) => !r.record);
    const cut = (/** @type {string} */ s) =>
      s.length > recordChars ? `${s.slice(0, recordChars).trimEnd()}…` : s;
    const text = own
      ? merged
          .map((r) => {
            if (!r.record || r.text.trim() === '') return r.text;
            const lead = /^\s*/.exec(r.text)?.[0] ?? '';
            const tail = /\s*$/.exec(r.text)?.[0] ?? '';
            return `${lead}⟨${cut(r.text.trim())}⟩${tail}`;
          })
          .join('')
          .replace(/\s+/g, ' ')
          .trim()
      : cut(
          merged
            .map((r) => r.text)
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
        );
    const near = e.closest('[data-source]')?.getAttribute('data-source') ?? '';
    const sources = [...new Set([near, ...inner].flatMap((s) => s.split(/\s+/)).filter(Boolean))];
    const item = {
      n: items.length + 1,
      block: e.closest('[part]:not([part=base])')?.getAttribute('part') ?? 'card',
      kind: kindOf(e),
      text,
      sources,
      origin: own ? 'own' : 'record',
      hidden: hiddenBehind(e),
    };
    if (item.kind === 'glossary') {
      const word = e.previousElementSibling;
      if (word?.classList.contains('term')) item.term = word.textContent?.trim() ?? '';
    }
    items.push(item);
  };

  /** Collects an item's text runs and the sources inside it; nested blocks become items of their own. */
  const visit = (/** @type {Element} */ e) => {
    /** @type {{ text: string, record: boolean }[]} */
    const runs = [];
    /** @type {string[]} */
    const inner = [];
    /** Glossary explanations inside the text: items of their own, right after the text they explain. */
    /** @type {Element[]} */
    const explained = [];
    const emit = () => {
      if (runs.some((r) => r.text.trim() !== '')) add(e, runs.splice(0), inner.splice(0));
      else runs.splice(0);
      for (const definition of explained.splice(0)) visit(definition);
    };
    const walk = (/** @type {Node} */ node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          runs.push({ text: /** @type {Text} */ (child).data, record: isRecord(child) });
        } else if (child instanceof Element) {
          if (SKIP.has(child.tagName) || child.getAttribute('aria-hidden') === 'true') continue;
          if (child instanceof HTMLElement && child.hidden) continue;
          if (child.classList.contains('definition')) {
            explained.push(child);
          } else if (isInline(child)) {
            const source = child.getAttribute('data-source');
            if (source) inner.push(source);
            if (child.tagName === 'DD' || child.tagName === 'BR')
              runs.push({ text: ' — ', record: false });
            if (child.tagName !== 'BR') walk(child);
          } else {
            // A nested block ends the text before it: that text is an item, then the block's own items.
            emit();
            visitBlock(child);
          }
        }
      }
    };
    walk(e);
    emit();
  };
  const visitBlock = (/** @type {Element} */ e) => {
    if (e.tagName.toLowerCase() === 'svg') {
      const label = e.getAttribute('aria-label');
      if (label) add(e, [{ text: label, record: false }], []);
      return;
    }
    if (e.tagName === 'SELECT') {
      for (const option of e.querySelectorAll('option')) visit(option);
      return;
    }
    if (e.tagName === 'INPUT') return;
    visit(e);
  };
  if (base) visit(base);
  el.remove();
  const error = outcome && typeof outcome === 'object' && 'reason' in outcome ? outcome : undefined;
  return { ...(error ? { error: String(error.reason) } : {}), items };
}

/** @param {any} report */
function format(report) {
  const { items } = report;
  const own = items.filter((i) => i.origin === 'own');
  const lines = [
    `${report.nct} · ${report.lang} · now ${report.now} · ${items.length} items: ${own.length} own, ${items.length - own.length} record; ${items.filter((i) => i.hidden).length} behind a closed disclosure; ${own.filter((i) => i.sources.length === 0).length} own with no source${report.error ? ` · ERROR ${report.error}` : ''}${report.pageErrors ? ` · page errors: ${report.pageErrors.join(' | ')}` : ''}`,
  ];
  for (const item of items) {
    const tags = [
      item.origin === 'record' ? '[record]' : '[own]',
      item.hidden ? '[closed]' : '',
    ].join('');
    const source =
      item.sources.length > 0
        ? item.sources.join(' ')
        : item.origin === 'own'
          ? 'NO SOURCE'
          : '(no data-source)';
    const text = item.term ? `“${item.term}”: ${item.text}` : item.text;
    lines.push(
      `${String(item.n).padStart(4)} ${item.block.padEnd(11)} ${item.kind.padEnd(11)} ${tags.padEnd(16)} ${text}`,
      `${' '.repeat(45)}← ${source}`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}
