#!/usr/bin/env node
// @ts-check
/**
 * `node test/tools/cdn-bytes.mjs` (in `npm run test:dist`, after `npm run build`): what the one-tag module
 * build (dist/cdn/) costs a reader, measured in headless Chromium, and that it does no harm.
 *
 * 1. Bytes. An English page with one default full card (`<script type="module" src="/dist/cdn/trial-summary.js">`,
 *    `<trial-summary nct=… api-base=…>`), on a connection throttled to 150 ms round trip and 1.6 Mbit/s down,
 *    cache off, scripts and the registry's answer gzipped. At two moments — when the headline (`#title` in the
 *    card's shadow root) first appears, and when `trial-summary-load` fires — the page's resource entries for
 *    scripts (an entry exists once its response has ended) are taken, and the gzip -9 sizes of those files on
 *    disk summed. Printed: each script, whether it had arrived at each moment, the totals, the IIFE sizes.
 *    Held to FIRST_PAINT_BUDGET and WHOLE_CARD_BUDGET (measured + about 2 kB: a failure when exceeded); issue
 *    19's targets (30,000 / 40,000) are printed beside them, met or not.
 * 2. The module build and the IIFE on one page (in both orders): one definition, a card shows its study,
 *    nothing logged as an error.
 * 3. A lazy chunk that fails to load (each in turn, blocked by request interception) leaves a readable card —
 *    the study's headline, or the fallback link — never a blank or broken one. Skipped, with a note, while the
 *    build has no lazy chunks.
 *
 * Options (environment): CDN_BUDGETS=warn (over budget only warns), CDN_NCT=NCT… (the study measured).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { ROOT, serveDist } from './dist-server.mjs';

/**
 * gzip -9 bytes of every script that has arrived when the headline first appears: the measured size plus about
 * 2 kB. Raise only with the size and the reason in the commit message. History: 37,267 with the first screen
 * apart (header, answer, headline, summary, disclaimer, first-screen English; budget 39,500); 33,511 with the
 * first screen's shared code in the entry (one script, not nine) and the lower blocks' styles and "What this
 * could mean" words with the blocks (budget 35,500); 33,246 with the bundler's common-chunk merging on (budget
 * 35,300); 32,133 with the view model's details and the trust notes' rules with the blocks (budget 34,200).
 */
export const FIRST_PAINT_BUDGET = 34_200;
/**
 * gzip -9 bytes of every script that has arrived when `trial-summary-load` fires (every default block whole; the
 * glossary loads after). History: 57,522 (budget 59,500); 55,489 (budget 57,500); 53,624 with the
 * sign-up form's code only for cards with `signup-action` (budget 55,600).
 */
export const WHOLE_CARD_BUDGET = 55_600;
/** Issue 19's targets, printed beside the budgets: not met (see docs/performance.md for why). */
const FIRST_PAINT_TARGET = 30_000;
const WHOLE_CARD_TARGET = 40_000;
const enforce = process.env.CDN_BUDGETS !== 'warn';

/** The connection: 150 ms round trip, 1.6 Mbit/s down (200,000 B/s), upload not the bottleneck. */
const THROTTLE = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 2_000_000,
};
/** The study of issue 19's targets; when the fake registry does not have it, a recorded recruiting study. */
const PREFERRED_NCT = process.env.CDN_NCT ?? 'NCT05816499';
const FALLBACK_NCT = 'NCT06097962';
const ENTRY = '/dist/cdn/trial-summary.js';
const IIFE = '/dist/trial-summary.iife.js';

const failures = [];
const warnings = [];
const fail = (/** @type {string} */ message) => failures.push(message);

/** @param {string} path e.g. /dist/cdn/x.js */
const gzipBytes = (path) => gzipSync(readFileSync(join(ROOT, path)), { level: 9 }).length;
const chunks = readdirSync(join(ROOT, 'dist/cdn'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `/dist/cdn/${name}`)
  .sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)));
const lazyChunks = chunks.filter((path) => path !== ENTRY);

/** @param {string} nct @param {string} scripts @param {string} [attributes] e.g. ` layout="card"` */
const cardPage = (
  nct,
  scripts,
  attributes = '',
) => `<!doctype html><html lang="en"><meta charset="utf-8">
<title>one card</title>${scripts}
<trial-summary nct="${nct}" api-base="/api/v2"${attributes}><a href="https://clinicaltrials.gov/study/${nct}">Study ${nct} on ClinicalTrials.gov</a></trial-summary>`;

const server = await serveDist();
const browser = await launchChromium();
try {
  const nct = await chooseStudy();
  await measure(nct);
  await sharedPage(nct);
  await failingChunks(nct);
  await batchReader();
} finally {
  await browser.close();
  await server.close();
}
for (const message of warnings) console.warn(`⚠ ${message}`);
if (failures.length) {
  for (const message of failures) console.error(`✗ ${message}`);
  process.exit(1);
}
console.log('cdn: all checks passed');

async function chooseStudy() {
  const status = await new Promise((resolve, reject) =>
    get(`${server.origin}/api/v2/studies/${PREFERRED_NCT}`, (res) => {
      res.resume();
      resolve(res.statusCode);
    }).on('error', reject),
  );
  if (status === 200) return PREFERRED_NCT;
  if (process.env.CDN_NCT) throw new Error(`the fake registry does not have ${PREFERRED_NCT}`);
  console.log(
    `note: the fake registry has no ${PREFERRED_NCT} (no fixture); measuring ${FALLBACK_NCT} (recruiting, one site) instead`,
  );
  return FALLBACK_NCT;
}

/**
 * Runs in the page before anything else: notes when the headline first appears and when the card fires
 * `trial-summary-load`, with the scripts whose responses had ended by then.
 */
function watchCard() {
  /** @type {Record<string, { ms: number, scripts: string[] }>} */
  const moments = {};
  Object.assign(window, { __moments: moments });
  const mark = (/** @type {string} */ name) => {
    if (moments[name]) return;
    moments[name] = {
      ms: performance.now(),
      scripts: performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js')),
    };
  };
  customElements.whenDefined('trial-summary').then(() => {
    const el = /** @type {HTMLElement} */ (document.querySelector('trial-summary'));
    el.addEventListener('trial-summary-load', () => mark('load'), { once: true });
    const root = /** @type {ShadowRoot} */ (el.shadowRoot);
    const seen = () => {
      const title = root.querySelector('#title, .headline');
      if (!title?.textContent?.trim() || title.closest('[part~="skeleton"]')) return false;
      mark('headline');
      return true;
    };
    if (seen()) return;
    const observer = new MutationObserver(() => {
      if (seen()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/** @param {string} nct */
async function measure(nct) {
  server.pages['/measure.html'] = cardPage(nct, `<script type="module" src="${ENTRY}"></script>`);
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(watchCard);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  await page.goto(`${server.origin}/measure.html`);
  const handle = await page.waitForFunction(
    () => {
      const moments = /** @type {any} */ (window).__moments;
      return moments?.headline && moments?.load ? moments : undefined;
    },
    undefined,
    { timeout: 60_000 },
  );
  /** @type {Record<'headline' | 'load', { ms: number, scripts: string[] }>} */
  const moments = await handle.jsonValue();
  // Whatever else the page fetches once the card is whole (after the load event, when idle).
  await page.waitForLoadState('networkidle');
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
  await context.close();
  if (errors.length) fail(`the measured page logged: ${errors.join(' | ')}`);

  const at = (/** @type {'headline' | 'load'} */ name) =>
    moments[name].scripts.reduce((sum, path) => sum + gzipBytes(path), 0);
  const yes = (/** @type {string[]} */ list, /** @type {string} */ path) =>
    list.includes(path) ? 'yes' : 'no';
  console.log(
    `module build (dist/cdn), English page, one full card of ${nct}, 150 ms round trip, 1.6 Mbit/s, cache off:`,
  );
  console.log('script                                   gzip -9   by headline   by load   fetched');
  for (const path of chunks) {
    console.log(
      `${path.replace('/dist/cdn/', '').padEnd(38)} ${String(gzipBytes(path)).padStart(9)}   ${yes(moments.headline.scripts, path).padEnd(11)}   ${yes(moments.load.scripts, path).padEnd(7)}   ${yes(fetched, path)}`,
    );
  }
  for (const path of fetched.filter((p) => !chunks.includes(p)))
    fail(`the page fetched ${path}, which is not in dist/cdn/`);
  const firstPaint = at('headline');
  const whole = at('load');
  const all = chunks.reduce((sum, path) => sum + gzipBytes(path), 0);
  const line = (/** @type {string} */ label, /** @type {number} */ bytes, budget = 0, target = 0) =>
    console.log(
      `${label.padEnd(38)} ${String(bytes).padStart(9)}${budget ? `   budget ${budget.toLocaleString('en')}${bytes > budget ? ' — OVER' : ''}` : ''}${target ? `   target ${target.toLocaleString('en')}${bytes > target ? ' — not met' : ' — met'}` : ''}`,
    );
  line(
    `at headline (${Math.round(moments.headline.ms)} ms)`,
    firstPaint,
    FIRST_PAINT_BUDGET,
    FIRST_PAINT_TARGET,
  );
  line(
    `at trial-summary-load (${Math.round(moments.load.ms)} ms)`,
    whole,
    WHOLE_CARD_BUDGET,
    WHOLE_CARD_TARGET,
  );
  line(`all ${chunks.length} scripts of dist/cdn`, all);
  line('IIFE dist/trial-summary.iife.js', gzipBytes(IIFE));
  line('IIFE dist/trial-summary.en.iife.js', gzipBytes('/dist/trial-summary.en.iife.js'));
  for (const [label, bytes, budget] of /** @type {const} */ ([
    ['at the headline', firstPaint, FIRST_PAINT_BUDGET],
    ['at trial-summary-load', whole, WHOLE_CARD_BUDGET],
  ])) {
    if (bytes <= budget) continue;
    const message = `module build: ${bytes.toLocaleString('en')} B of scripts ${label}, over the budget of ${budget.toLocaleString('en')} B (FIRST_PAINT_BUDGET / WHOLE_CARD_BUDGET in test/tools/cdn-bytes.mjs)`;
    if (enforce) fail(message);
    else warnings.push(`${message} — a warning with CDN_BUDGETS=warn`);
  }
}

/** Both builds on one page, in both orders: one definition, a card with its study, no errors. */
/** @param {string} nct */
async function sharedPage(nct) {
  const orders = {
    'IIFE first': `<script src="${IIFE}"></script><script type="module" src="${ENTRY}"></script>`,
    'module first': `<script type="module" src="${ENTRY}"></script><script defer src="${IIFE}"></script>`,
  };
  for (const [order, scripts] of Object.entries(orders)) {
    server.pages['/both.html'] = cardPage(nct, scripts);
    const page = await browser.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${server.origin}/both.html`);
      const title = await page.waitForFunction(
        () =>
          document.querySelector('trial-summary')?.shadowRoot?.querySelector('#title')?.textContent,
        undefined,
        { timeout: 15_000 },
      );
      const text = String(await title.jsonValue()).trim();
      // Let the module (or the deferred script) run fully, then look at what is defined.
      await page.waitForLoadState('load');
      const state = await page.evaluate(() => {
        const el = /** @type {any} */ (document.querySelector('trial-summary'));
        const defined = customElements.get('trial-summary');
        return {
          same: el instanceof /** @type {any} */ (defined),
          upgraded: el.constructor === defined,
        };
      });
      if (!text) fail(`module build and IIFE on one page (${order}): the card shows no headline`);
      if (!state.same || !state.upgraded)
        fail(`module build and IIFE on one page (${order}): the card is not the defined element`);
      if (errors.length)
        fail(`module build and IIFE on one page (${order}): ${errors.join(' | ')}`);
      console.log(
        `module build and IIFE on one page (${order}): one definition, card shows "${text}"`,
      );
    } finally {
      await page.close();
    }
  }
}

/** Each lazy chunk blocked in turn: a full card and a compact one must still be readable. */
/** @param {string} nct */
async function failingChunks(nct) {
  if (lazyChunks.length === 0) {
    console.log(
      'failing chunk: skipped — dist/cdn has no lazy chunks yet (no import() in src/), nothing to block',
    );
    return;
  }
  const entry = `<script type="module" src="${ENTRY}"></script>`;
  // With the sign-up form (its own chunk): the feeds stand alone when the form cannot come.
  server.pages['/blocked.html'] = cardPage(nct, entry, ' signup-action="/__signup"');
  server.pages['/blocked-compact.html'] = cardPage(nct, entry, ' layout="card"');
  for (const [chunk, layout] of lazyChunks.flatMap((c) => [
    [c, ''],
    [c, '-compact'],
  ])) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.route(`**${chunk}`, (route) => route.abort('failed'));
    try {
      await page.goto(`${server.origin}/blocked${layout}.html`);
      const readable = await page
        .waitForFunction(
          () => {
            const el = /** @type {HTMLElement} */ (document.querySelector('trial-summary'));
            const title = el?.shadowRoot?.querySelector('#title')?.textContent?.trim();
            if (title) return { shows: 'the headline', text: title };
            // The fallback: the light-DOM link, shown (slotted or not upgraded) and not hidden.
            const link = el?.querySelector('a[href]');
            const box = link?.getBoundingClientRect();
            if (link && box && box.width > 0 && box.height > 0)
              return { shows: 'the fallback link', text: link.textContent?.trim() };
            return undefined;
          },
          undefined,
          { timeout: 15_000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => undefined);
      // Give the blocked import time to fail and the card to react, then look again.
      await page.waitForTimeout(500);
      const still = await page.evaluate(() => {
        const el = /** @type {HTMLElement} */ (document.querySelector('trial-summary'));
        const box = el.getBoundingClientRect();
        return { text: (el.shadowRoot ?? el).textContent?.trim().length ?? 0, height: box.height };
      });
      // Network errors for the blocked chunk itself are expected; anything thrown is not.
      const thrown = errors.filter((e) => e.startsWith('pageerror:'));
      const name = `${chunk.replace('/dist/cdn/', '')}${layout ? ' (compact card)' : ''}`;
      if (!readable || still.text === 0 || still.height === 0)
        fail(`with ${name} blocked the card is blank (${JSON.stringify(still)})`);
      else if (thrown.length) fail(`with ${name} blocked the page threw: ${thrown.join(' | ')}`);
      else console.log(`failing chunk ${name}: the card shows ${readable.shows}`);
    } finally {
      await page.close();
    }
  }
}

/**
 * Several cards share one batch request, read as it arrives by the stream chunk, fetched with the batch: each
 * card shows its study, with that chunk and with it blocked (the answer is then read whole).
 */
async function batchReader() {
  const ids = ['NCT06097962', 'NCT04267848', 'NCT00184067'];
  const stream = lazyChunks.find((path) => /\/stream-[^/]*\.js$/.test(path));
  if (!stream) {
    fail('batch answers: dist/cdn has no stream chunk');
    return;
  }
  server.pages['/batch.html'] = `<!doctype html><html lang="en"><meta charset="utf-8">
<title>three cards</title><script type="module" src="${ENTRY}"></script>
${ids.map((id) => `<trial-summary nct="${id}" api-base="/api/v2" loading="eager"></trial-summary>`).join('\n')}`;
  for (const blocked of [false, true]) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const requests = /** @type {string[]} */ ([]);
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    if (blocked) await page.route(`**${stream}`, (route) => route.abort('failed'));
    const name = `batch of ${ids.length} cards, stream chunk ${blocked ? 'blocked' : 'loaded'}`;
    try {
      await page.goto(`${server.origin}/batch.html`);
      const titles = await page
        .waitForFunction(
          (n) => {
            const titles = [...document.querySelectorAll('trial-summary')].map((el) =>
              el.shadowRoot?.querySelector('#title')?.textContent?.trim(),
            );
            return titles.length === n && titles.every(Boolean) ? titles : undefined;
          },
          ids.length,
          { timeout: 15_000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => undefined);
      const batches = requests.filter((path) => path === '/api/v2/studies').length;
      const thrown = errors.filter((e) => e.startsWith('pageerror:'));
      if (!titles) fail(`${name}: not every card shows its headline`);
      else if (batches !== 1) fail(`${name}: ${batches} batch requests, expected 1`);
      else if (!requests.includes(stream)) fail(`${name}: the stream chunk was not fetched`);
      else if (thrown.length) fail(`${name}: the page threw: ${thrown.join(' | ')}`);
      else console.log(`${name}: one request, every card shows its headline`);
    } finally {
      await page.close();
    }
  }
}

/** @param {import('playwright-core').Page} page */
function watchErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
