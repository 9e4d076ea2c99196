#!/usr/bin/env node
/* global localStorage, sessionStorage, structuredClone -- read inside the page; Node 20 has structuredClone */
/**
 * `npm run test:page`: the one-script build on a page of its own (not the test runner's, which injects inline
 * scripts), in headless Chromium:
 * - under a strict Content-Security-Policy with Trusted Types, cards render, open their disclosures and send a
 *   sign-up with zero `securitypolicyviolation` events;
 * - privacy: with the registry on another origin, the page contacts only `api-base` and `signup-action`; no
 *   cookie is set; nothing is stored but the documented cache (`trial-summary:v1:` keys in sessionStorage).
 * - cards written before the script upgrade when it loads;
 * - memory: mounting and removing 1,000 cards (caches cleared, garbage collected) grows the heap by < 5 MB.
 * Needs `npm run build` first.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tools/chromium.mjs';
import { createRegistry } from '../fake-registry/registry.js';

const root = new URL('../../', import.meta.url).pathname;
const script = join(root, 'dist/trial-summary.iife.js');
if (!existsSync(script)) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

/** The policy the README documents (connect-src: the registry and the sign-up endpoint). */
export const CSP = (connect) =>
  `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${connect}; img-src 'self'; ` +
  `require-trusted-types-for 'script'; trusted-types lit-html dompurify trial-summary`;

let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
};

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

// The registry and the sign-up endpoint on their own origin, the host page on another.
const registry = createRegistry();
/**
 * Records served under their own API bases (any study id, one or many): `/entities/…` has named, numeric and
 * broken character references in every markup field; `/hostile/…` a sample of the public payload corpus.
 */
const base = JSON.parse(readFileSync(join(root, 'test/fixtures/studies/NCT06097962.json'), 'utf8'));
const ENTITIES =
  'Tom &amp; Jerry, Given&nbsp;daily, Age &ge; 18 &#8805; 18 &#x2265; 18; broken: &foo; &amp &#xZZ; &#99999999; &; and &copy';
const corpus = JSON.parse(
  readFileSync(join(root, 'test/security/corpus/public-payloads.json'), 'utf8'),
).payloads.map((p) => p.payload);
/** Every fourth public payload, in markup and plain fields: the full corpus runs in the browser suite. */
const sample = corpus.filter((_, i) => i % 4 === 0);
function variant(texts) {
  const s = structuredClone(base);
  const p = s.protocolSection;
  let n = 0;
  const next = () => texts[n++ % texts.length];
  p.descriptionModule.briefSummary = `${next()}\n\n${next()}\n\n* ${next()}`;
  p.descriptionModule.detailedDescription = `${next()}\n\n> ${next()}`;
  p.eligibilityModule.eligibilityCriteria = `Inclusion Criteria:\n\n* ${next()}\n* ${next()}`;
  for (const i of p.armsInterventionsModule.interventions) i.description = next();
  p.identificationModule.officialTitle = next();
  p.conditionsModule.conditions = [next(), next()];
  return s;
}
const SPECIAL = {
  entities: variant([ENTITIES]),
  hostile: variant(sample),
};
const serveSpecial = (req, res) => {
  const url = new URL(req.url, 'http://x');
  const [, name] = /^\/(entities|hostile)\/api\/v2\/studies/.exec(url.pathname) ?? [];
  if (!name) return false;
  const record = SPECIAL[name];
  const one = /\/studies\/NCT\d+$/.test(url.pathname);
  res
    .writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    })
    .end(JSON.stringify(one ? record : { studies: [record] }));
  return true;
};

const registryPort = await listen(
  createServer((req, res) => {
    if (serveSpecial(req, res)) return;
    if (!registry.handle(req, res)) res.writeHead(404).end();
  }),
);
const registryOrigin = `http://127.0.0.1:${registryPort}`;

const body = (
  apiBase,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host page</title>
<script src="/trial-summary.iife.js"></script><script src="/watch.js"></script></head><body>
<h1>A hospital page</h1>
<trial-summary loading="eager" api-base="${apiBase}" nct="NCT06097962" signup-action="${registryOrigin}/__signup" terms-href="/terms"></trial-summary>
<trial-summary loading="eager" api-base="${apiBase}" nct="NCT04267848" layout="card"></trial-summary>
<trial-summary loading="eager" api-base="${apiBase}" nct="NCT02210780" theme="dark" structured-data lang="es"></trial-summary>
<trial-summary loading="eager" api-base="${apiBase}" nct="not-a-study"><a href="/fallback">fallback</a></trial-summary>
</body></html>`;
const watch = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.__settled = 0;
for (const type of ['trial-summary-load', 'trial-summary-error']) document.addEventListener(type, () => window.__settled++);`;

const hostPort = await listen(
  createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/trial-summary.iife.js')
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    if (url.pathname === '/watch.js')
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(watch);
    if (url.pathname === '/late') {
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late script</title></head><body>
        <trial-summary loading="eager" api-base="${registryOrigin}/api/v2" nct="NCT00184067"></trial-summary>
        <trial-summary loading="eager" api-base="${registryOrigin}/api/v2" nct="NCT06097962"></trial-summary>
        <script src="/trial-summary.iife.js"></script></body></html>`,
      );
    }
    const special = /^\/(entities|hostile)(-plain)?$/.exec(url.pathname);
    if (special) {
      return res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          ...(special[2] ? {} : { 'content-security-policy': CSP(registryOrigin) }),
        })
        .end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${special[1]}</title>
<script src="/trial-summary.iife.js"></script><script src="/watch.js"></script></head><body>
<trial-summary loading="eager" api-base="${registryOrigin}/${special[1]}/api/v2" nct="NCT06097962"></trial-summary>
</body></html>`,
        );
    }
    if (url.pathname === '/memory') {
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>memory</title><script src="/trial-summary.iife.js"></script></head><body></body></html>`,
        );
    }
    if (url.pathname === '/') {
      return res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': CSP(registryOrigin),
        })
        .end(body(`${registryOrigin}/api/v2`));
    }
    res.writeHead(404).end();
  }),
);
const hostOrigin = `http://127.0.0.1:${hostPort}`;

const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests = [];
  const errors = [];
  tab.on('request', (r) => requests.push(r.url()));
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await tab.goto(hostOrigin);
  await tab.waitForFunction(() => window.__settled === 4, undefined, { timeout: 15_000 });

  // Open every disclosure, expand the compact card, page the sites, and sign up.
  await tab.evaluate(async () => {
    for (const el of document.querySelectorAll('trial-summary')) {
      el.shadowRoot.querySelector('button.expand')?.click();
      await el.updateComplete;
      for (const d of el.shadowRoot.querySelectorAll('details')) d.open = true;
      el.shadowRoot.querySelector('button.show-sites')?.click();
      await el.updateComplete;
    }
    const card = document.querySelector('trial-summary');
    const form = card.shadowRoot.querySelector('form');
    form.querySelector('input[type=email]').value = 'reader@example.org';
    form.querySelector('#signup-consent').checked = true;
    const done = new Promise((resolve) =>
      card.addEventListener('trial-summary-signup-success', resolve, { once: true }),
    );
    form.querySelector('button[type=submit]').click();
    await done;
    await new Promise((r) => setTimeout(r, 300));
  });

  const violations = await tab.evaluate(() => window.__violations);
  check(
    'a strict CSP with Trusted Types reports no violation',
    violations.length === 0,
    violations.join('; '),
  );
  check('no script error on the page', errors.length === 0, errors.join('; '));
  const titles = await tab.evaluate(() =>
    [...document.querySelectorAll('trial-summary')].map((el) =>
      el.shadowRoot.querySelector('#title, .error-message')?.textContent.trim(),
    ),
  );
  check(
    'every card rendered under the policy',
    titles.every(Boolean) && titles.length === 4,
    titles.map((t) => t?.slice(0, 30)).join(' | '),
  );

  const jsonLd = await tab.evaluate(
    () =>
      JSON.parse(
        document.querySelector(
          'trial-summary[structured-data] > script[type="application/ld+json"]',
        )?.textContent ?? 'null',
      )?.identifier,
  );
  check('structured-data adds its JSON-LD under Trusted Types', jsonLd === 'NCT02210780', jsonLd);

  const foreign = requests.filter(
    (u) => !u.startsWith(hostOrigin) && !u.startsWith(registryOrigin),
  );
  const toRegistry = requests.filter((u) => u.startsWith(registryOrigin));
  check('only api-base and signup-action are contacted', foreign.length === 0, foreign.join(', '));
  check(
    'the registry origin only sees the API and the sign-up',
    toRegistry.every(
      (u) => u.startsWith(`${registryOrigin}/api/v2/studies`) || u === `${registryOrigin}/__signup`,
    ),
  );
  const fromHost = requests.filter((u) => u.startsWith(hostOrigin)).map((u) => new URL(u).pathname);
  check(
    'the host page serves only its own files',
    fromHost.every((p) => ['/', '/trial-summary.iife.js', '/watch.js'].includes(p)),
    fromHost.join(' '),
  );
  const cookies = await context.cookies();
  check('no cookie is set', cookies.length === 0, cookies.map((c) => c.name).join(', '));
  const stored = await tab.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  check(
    'nothing is stored but the documented cache',
    stored.local.length === 0 &&
      stored.session.length > 0 &&
      stored.session.every((k) => k.startsWith('trial-summary:v1:')),
    JSON.stringify(stored),
  );

  // Cards in the page before the script: they upgrade when it arrives.
  const late = await context.newPage();
  await late.goto(`${hostOrigin}/late`);
  const upgraded = await late
    .waitForFunction(
      () =>
        [...document.querySelectorAll('trial-summary')].every((el) =>
          el.shadowRoot?.querySelector('#title'),
        ),
      undefined,
      { timeout: 15_000 },
    )
    .then(
      () => true,
      () => false,
    );
  check('cards written before the script upgrade and load', upgraded);

  // Character references in every markup field: the same card with and without the policy, and no violation.
  const cardOn = async (path) => {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${hostOrigin}${path}`);
    const settled = await page
      .waitForFunction(() => window.__settled === 1, undefined, { timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    const result = await page.evaluate(async () => {
      const el = document.querySelector('trial-summary');
      for (const d of el.shadowRoot.querySelectorAll('details')) d.open = true;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      return {
        loaded: Boolean(el.shadowRoot.querySelector('#title')),
        text: el.shadowRoot.querySelector('article')?.textContent.replace(/\s+/g, ' ') ?? '',
        violations: window.__violations,
      };
    });
    await page.close();
    return { ...result, settled, pageErrors };
  };
  const strict = await cardOn('/entities');
  const plain = await cardOn('/entities-plain');
  check(
    'character references under Trusted Types: a load event, no violation, no error',
    strict.settled &&
      strict.loaded &&
      strict.violations.length === 0 &&
      strict.pageErrors.length === 0,
    [...strict.violations, ...strict.pageErrors].join('; '),
  );
  check(
    'character references under Trusted Types: the same card as without the policy',
    strict.text !== '' &&
      strict.text === plain.text &&
      strict.text.includes('Tom & Jerry') &&
      strict.text.includes('Age ≥ 18 ≥ 18 ≥ 18') &&
      strict.text.includes('&foo;'),
    strict.text === plain.text ? '' : 'the texts differ',
  );
  const hostile = await cardOn('/hostile');
  check(
    `a sample of the public payload corpus (${sample.length} of ${corpus.length}) under the policy: loads, no violation`,
    hostile.settled &&
      hostile.loaded &&
      hostile.violations.length === 0 &&
      hostile.pageErrors.length === 0,
    [...hostile.violations, ...hostile.pageErrors].join('; '),
  );

  // Memory: 1,000 cards mounted and removed, 50 at a time, same studies.
  const memory = await context.newPage();
  const cdp = await context.newCDPSession(memory);
  await memory.goto(`${hostOrigin}/memory`);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const mountOnce = (base) =>
    memory.evaluate(async (apiBase) => {
      const ids = ['NCT00184067', 'NCT06097962', 'NCT03798535', 'NCT02210780', 'NCT05144685'];
      const holder = document.createElement('div');
      document.body.append(holder);
      const loads = [];
      for (let i = 0; i < 50; i++) {
        const el = document.createElement('trial-summary');
        el.setAttribute('loading', 'eager');
        el.setAttribute('api-base', apiBase);
        el.setAttribute('nct', ids[i % ids.length]);
        loads.push(
          new Promise((resolve) =>
            el.addEventListener('trial-summary-load', resolve, { once: true }),
          ),
        );
        holder.append(el);
      }
      await Promise.all(loads);
      holder.remove();
    }, base);
  await mountOnce(`${registryOrigin}/api/v2`); // warm up: code, templates, formatters
  await memory.evaluate(() => {
    window.TrialSummary.configureRegistryClients({});
    sessionStorage.clear();
  });
  const before = await heap();
  for (let round = 0; round < 20; round++) await mountOnce(`${registryOrigin}/api/v2`);
  await memory.evaluate(() => {
    window.TrialSummary.configureRegistryClients({});
    sessionStorage.clear();
  });
  await new Promise((r) => setTimeout(r, 200));
  const after = await heap();
  const growthMb = (after - before) / 1048576;
  check(
    '1,000 cards mounted and removed grow the heap by less than 5 MB',
    growthMb < 5,
    `${growthMb.toFixed(2)} MB`,
  );
  console.log(
    `heap after 1,000 cards: ${(before / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(2)} MB)`,
  );
} catch (error) {
  check('the page ran', false, String(error));
} finally {
  await browser.close();
}
console.log(`\npage: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
