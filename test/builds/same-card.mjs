#!/usr/bin/env node
// @ts-check
/**
 * Same card, whichever build (issue 19), in `npm run test:dist` after `npm run build`: every recorded study in
 * test/fixtures/studies is rendered through the one-tag module build (dist/cdn/trial-summary.js) and through
 * the one-script build (dist/trial-summary.iife.js), each on its own English page in headless Chromium, with
 * the clock pinned (page `Date` and the card's `clock`), locale en-US and timezone UTC. Once the card is
 * whole — `trial-summary-load` (or `trial-summary-error`) fired, the page idle once (the glossary loads when
 * idle after the load event) and the network quiet, so every lazy chunk has
 * arrived — its shadow DOM is serialised (the shadow root's children as HTML, comments such as Lit's
 * `<!--?lit$…$-->` markers removed, nothing else normalised; the host's attributes beside it) and the two
 * builds compared: with every disclosure (<details>) closed, and after opening them all. The cards have
 * `signup-action`, so the sign-up form (its own chunk in the module build) is compared too.
 *
 * `node test/builds/same-card.mjs [NCT…]` checks only the studies named.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tools/chromium.mjs';
import { ROOT, serveDist } from '../tools/dist-server.mjs';

const NOW = '2025-09-01T12:00:00Z';
/** How long the network must stay quiet (no request open) before the card counts as whole. */
const QUIET_MS = 300;
/** Studies compared at once (each on two pages). */
const JOBS = Number(process.env.SAME_CARD_JOBS ?? 3);
const BUILDS = {
  module: '<script type="module" src="/dist/cdn/trial-summary.js"></script>',
  'one-script': '<script src="/dist/trial-summary.iife.js"></script>',
};

const wanted = process.argv.slice(2);
const ids = readdirSync(join(ROOT, 'test/fixtures/studies'))
  .filter((name) => /^NCT\d{8}\.json$/.test(name))
  .map((name) => name.slice(0, -5))
  .filter((nct) => wanted.length === 0 || wanted.includes(nct))
  .sort();

const pages = Object.fromEntries(
  Object.entries(BUILDS).map(([build, script]) => [
    `/${build}.html`,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${build}</title>${script}<body></body>`,
  ]),
);
const started = Date.now();
const server = await serveDist({ pages });
const browser = await launchChromium();
const failures = [];
try {
  const contexts = await Promise.all(
    Object.keys(BUILDS).map(async () => {
      const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
      // `Date` in every page of the context (the "retrieved" time reads it); timers keep running.
      await context.clock.setFixedTime(new Date(NOW));
      return context;
    }),
  );
  /** @param {string} nct */
  const compare = async (nct) => {
    const [a, b] = await Promise.all(
      Object.keys(BUILDS).map((build, i) => render(contexts[i], build, nct)),
    );
    const problems = [...a.errors, ...b.errors];
    for (const state of /** @type {const} */ (['closed', 'open'])) {
      const where = firstDifference(a[state], b[state]);
      if (where !== undefined) {
        problems.push(
          `differs with disclosures ${state} at character ${where}:\n    module:     …${a[state].slice(Math.max(0, where - 80), where + 120)}…\n    one-script: …${b[state].slice(Math.max(0, where - 80), where + 120)}…`,
        );
      }
    }
    if (problems.length) failures.push(`${nct}: ${problems.join('\n  ')}`);
    return `${nct}  ${a.outcome.padEnd(5)} ${String(a.details).padStart(2)} disclosures  ${String(a.open.length).padStart(7)} chars open  ${problems.length ? 'DIFFERENT' : 'same'}`;
  };
  // A few studies at a time: the time goes mostly to waiting (page loads, the quiet network), not to work.
  const lines = new Array(ids.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: JOBS }, async () => {
      while (next < ids.length) {
        const i = next++;
        lines[i] = await compare(ids[i]);
      }
    }),
  );
  for (const line of lines) console.log(line);
} finally {
  await browser.close();
  await server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  for (const message of failures) console.error(`✗ ${message}`);
  console.error(`same card: ${failures.length} of ${ids.length} studies differ between the builds`);
  process.exit(1);
}
console.log(
  `same card: ${ids.length} studies render identically through the module build and the one-script build, disclosures closed and open (${seconds} s)`,
);

/**
 * @param {import('playwright-core').BrowserContext} context @param {string} build @param {string} nct
 */
async function render(context, build, nct) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(`${build}: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${build}: ${message.text()}`);
  });
  let open = 0;
  let lastChange = Date.now();
  const change = (/** @type {number} */ by) => {
    open += by;
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  const quiet = async () => {
    // What a card loads when the page is idle (the glossary, after trial-summary-load) starts first.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          window.requestIdleCallback(() => resolve(undefined), { timeout: 3000 }),
        ),
    );
    const until = Date.now() + 20_000;
    while (open > 0 || Date.now() - lastChange < QUIET_MS) {
      if (Date.now() > until) throw new Error(`${build} ${nct}: the network never went quiet`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  try {
    await page.goto(`${server.origin}/${build}.html`);
    const outcome = await page.evaluate(
      async ({ nct, now }) => {
        await customElements.whenDefined('trial-summary');
        /** @type {any} */
        const el = document.createElement('trial-summary');
        const fixed = new Date(now).getTime();
        el.clock = () => new Date(fixed);
        el.loading = 'eager';
        el.setAttribute('api-base', '/api/v2');
        // With the sign-up form, whose code the module build loads on its own.
        el.setAttribute('signup-action', '/__signup');
        el.setAttribute('nct', nct);
        const settled = new Promise((resolve) => {
          el.addEventListener('trial-summary-load', () => resolve('load'), { once: true });
          el.addEventListener('trial-summary-error', () => resolve('error'), { once: true });
          setTimeout(() => resolve('timeout'), 20_000);
        });
        document.body.append(el);
        return settled;
      },
      { nct, now: NOW },
    );
    if (outcome === 'timeout') errors.push(`${build}: neither trial-summary-load nor -error came`);
    await quiet();
    const closed = await page.evaluate(serialise);
    const details = await page.evaluate(openAll);
    await quiet();
    const opened = await page.evaluate(serialise);
    return { outcome, details, closed, open: opened, errors };
  } finally {
    await page.close();
  }
}

/** Runs in the page: the card's shadow DOM as HTML, without comments, after its last update. */
async function serialise() {
  /* global Element, Node -- this function runs in the page */
  /** @type {any} */
  const el = document.querySelector('trial-summary');
  await el.updateComplete;
  const root = /** @type {ShadowRoot} */ (el.shadowRoot);
  const host = el
    .getAttributeNames()
    .map((/** @type {string} */ name) => `${name}="${el.getAttribute(name)}"`)
    .join(' ');
  const children = [...root.childNodes]
    .map((node) =>
      node instanceof Element
        ? node.outerHTML
        : node.nodeType === Node.TEXT_NODE
          ? node.textContent
          : '',
    )
    .join('');
  return `<host ${host}>\n${children.replace(/<!--[\s\S]*?-->/g, '')}`;
}

/** Runs in the page: opens every disclosure, in rounds (opened content may hold more); returns how many. */
async function openAll() {
  /** @type {any} */
  const el = document.querySelector('trial-summary');
  const root = /** @type {ShadowRoot} */ (el.shadowRoot);
  let opened = 0;
  for (let round = 0; round < 10; round++) {
    const shut = [...root.querySelectorAll('details')].filter((d) => !d.open);
    if (shut.length === 0) break;
    for (const d of shut) d.open = true;
    opened += shut.length;
    // `toggle` is dispatched in a task; the card renders what it had left out in the update after it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
  return opened;
}

/** @param {string} a @param {string} b */
function firstDifference(a, b) {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
