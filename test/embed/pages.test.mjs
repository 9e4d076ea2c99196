#!/usr/bin/env node
/* global axe, navigator, DOMException, DOMParser -- in the page */
/**
 * `npm run test:embed` (after `npm run demo:build`): the built embed builder and embed page in headless
 * Chromium, served as a static host would with the fake registry beside them (test/tools/serve-demo.mjs).
 * - builder: a pasted ClinicalTrials.gov address becomes the study, the preview shows it; the module tag is
 *   the first snippet, pinned to the version and the SHA-384 hash of dist/cdn/trial-summary.js (hashed here
 *   from the entry's bytes), with a note that the hash does not cover the chunks and that the CDN must allow
 *   CORS; the one script follows with the SRI hash of dist/trial-summary.iife.js; snippets escape what was
 *   typed, and copy (Clipboard API, else the text is selected) with a status message; a wrong reference says
 *   why and keeps what was typed; keyboard only; axe finds nothing.
 * - embed page: options from its address, a human message for a missing or wrong id, no request to any other
 *   origin, no horizontal scrolling at 320 px, axe finds nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tools/chromium.mjs';
import { serveDemo } from '../tools/serve-demo.mjs';

const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const sri = readFileSync(`${root}dist/trial-summary.iife.js.sri`, 'utf8').trim();
const moduleSri = `sha384-${createHash('sha384')
  .update(readFileSync(`${root}dist/cdn/trial-summary.js`))
  .digest('base64')}`;
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${!ok && detail ? ` — ${detail}` : ''}`);
};

const server = await serveDemo();
const browser = await launchChromium();
try {
  await builder();
  await embed();
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nembed: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** Runs axe on the page; returns the violations as short strings. */
async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() => axe.run(document));
  return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`);
}

function watch(page) {
  const errors = [];
  const foreign = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  return { errors, foreign };
}

function cardTitle(page) {
  return page.waitForFunction(
    () => document.querySelector('trial-summary')?.shadowRoot?.querySelector('#title')?.textContent,
    undefined,
    { timeout: 15_000 },
  );
}

async function builder() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  const { errors, foreign } = watch(page);
  await page.goto(`${server.origin}/demo/builder.html`);
  const script = page.locator('#script-snippet');
  await page.waitForFunction(() => document.querySelector('#script-snippet').value !== '');

  // The module tag first: the first snippet on the page and the first copy button.
  const order = await page.evaluate(() => ({
    snippets: [...document.querySelectorAll('.snippet textarea')].map((area) => area.id),
    headings: [...document.querySelectorAll('.snippet h3')].map((h) => h.textContent.trim()),
    buttons: [...document.querySelectorAll('button[data-copy]')].map((b) => b.textContent),
  }));
  check(
    'the module tag is offered first, then the one script, the iframe and npm',
    order.snippets.join(' ') === 'module-snippet script-snippet iframe-snippet npm-snippet' &&
      order.headings[0].startsWith('Module tag') &&
      order.buttons[0] === 'Copy the module snippet',
    JSON.stringify(order),
  );

  // Keyboard only: from the top of the page to the study field, then type a ClinicalTrials.gov address.
  let focused = '';
  for (let i = 0; i < 5 && focused !== 'study'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  check('the study field is reached with Tab', focused === 'study', focused);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('https://clinicaltrials.gov/ct2/show/NCT04267848?term=NCT04267848');
  await page.waitForFunction(() =>
    document.querySelector('#script-snippet').value.includes('nct="NCT04267848"'),
  );
  const moduleText = await page.locator('#module-snippet').inputValue();
  const moduleTag = await page.evaluate(
    (html) =>
      [...new DOMParser().parseFromString(html, 'text/html').querySelector('script').attributes]
        .map((a) => `${a.name}=${a.value}`)
        .join(' '),
    moduleText,
  );
  check(
    'the module tag is pinned to the version and the entry’s real SRI hash, with CORS',
    moduleTag ===
      `type=module src=https://cdn.jsdelivr.net/npm/trial-summary@${version}/dist/cdn/trial-summary.js integrity=${moduleSri} crossorigin=anonymous` &&
      moduleText.includes('<trial-summary nct="NCT04267848">'),
    moduleTag,
  );
  const moduleNote = await page.evaluate(() => {
    const area = document.querySelector('#module-snippet');
    return area
      .getAttribute('aria-describedby')
      .split(' ')
      .map((id) => document.getElementById(id).textContent)
      .join(' ')
      .replace(/\s+/g, ' ');
  });
  check(
    'the module tag says what its hash does not cover (the chunks) and that the CDN must allow CORS',
    /covers only this entry file/.test(moduleNote) &&
      /chunks[^.]*without an integrity check/.test(moduleNote) &&
      moduleNote.includes('Access-Control-Allow-Origin') &&
      moduleNote.includes(`Version ${version}, pinned`),
    moduleNote,
  );
  const text = await script.inputValue();
  check(
    'the script snippet is pinned to the version and the build’s SRI hash',
    text.includes(`trial-summary@${version}/dist/trial-summary.iife.js`) &&
      text.includes(`integrity="${sri}"`) &&
      text.includes('crossorigin="anonymous"'),
    text.split('\n').slice(0, 5).join(' '),
  );
  await page.waitForFunction(
    () =>
      document.querySelector('trial-summary')?.getAttribute('nct') === 'NCT04267848' &&
      document.querySelector('trial-summary').shadowRoot?.querySelector('#title'),
    undefined,
    { timeout: 15_000 },
  );
  check('the preview shows the pasted study', true);

  // Options: a compact dark card, a sign-up endpoint with characters that need escaping.
  await page.getByLabel('Card: compact').check();
  await page.getByLabel('Dark', { exact: true }).check();
  await page.getByLabel('Sign-up endpoint').fill('https://example.org/signup?list=a&x="b"');
  await page.waitForFunction(() =>
    document.querySelector('#npm-snippet').value.includes('layout="card"'),
  );
  const npm = await page.locator('#npm-snippet').inputValue();
  check(
    'the npm snippet installs, imports and writes the tag with the options',
    npm.includes('npm install trial-summary') &&
      npm.includes("import 'trial-summary';") &&
      npm.includes('theme="dark"') &&
      npm.includes('signup-action="https://example.org/signup?list=a&amp;x=&quot;b&quot;"'),
    npm,
  );
  const iframe = await page.locator('#iframe-snippet').inputValue();
  check(
    'the iframe snippet carries the look but not the sign-up endpoint',
    iframe.includes('embed.html?nct=NCT04267848&amp;theme=dark&amp;layout=card') &&
      !iframe.includes('signup') &&
      /title="[^"]+"/.test(iframe),
    iframe,
  );
  await page.waitForFunction(
    () => document.querySelector('trial-summary').getAttribute('layout') === 'card',
  );
  const preview = await page.evaluate(() => {
    const card = document.querySelector('trial-summary');
    return `${card.getAttribute('layout')} ${card.getAttribute('signup-action')}`;
  });
  check(
    'the preview follows the options, posting sign-ups to the demo',
    preview === 'card /__signup',
    preview,
  );

  // Copy with the Clipboard API.
  await page.getByRole('button', { name: 'Copy the npm snippet' }).click();
  await page.waitForFunction(() => document.querySelector('#copied').textContent !== '');
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  const status = await page.locator('#copied').textContent();
  check('Copy puts the snippet on the clipboard', clipboard === npm, clipboard.slice(0, 60));
  check(
    'a status message says so',
    status === 'Copied the npm snippet to the clipboard.' &&
      (await page.locator('#copied').getAttribute('role')) === 'status',
    status,
  );

  // The module snippet as it reads now (with the options above), copied whole.
  await page.getByRole('button', { name: 'Copy the module snippet' }).click();
  await page.waitForFunction(() =>
    document.querySelector('#copied').textContent.includes('module snippet'),
  );
  check(
    'Copy puts the module snippet on the clipboard',
    (await page.evaluate(() => navigator.clipboard.readText())) ===
      (await page.locator('#module-snippet').inputValue()),
  );

  const builderAxe = await axeViolations(page);
  check('axe finds nothing on the builder', builderAxe.length === 0, builderAxe.join('; '));

  // A wrong reference: a clear message, what was typed kept, no snippet to copy.
  await page.locator('#study').fill('https://clinicaltrials.gov/search?cond=asthma');
  await page.waitForFunction(() => document.querySelector('#study-error').textContent !== '');
  const error = await page.locator('#study-error').textContent();
  check(
    'a search address is refused with a reason',
    error.includes('does not point at one study') &&
      (await page.locator('#study').inputValue()) ===
        'https://clinicaltrials.gov/search?cond=asthma' &&
      (await page.locator('#study').getAttribute('aria-invalid')) === 'true' &&
      (await script.inputValue()) === '',
    error,
  );
  check('no page errors or console errors on the builder', errors.length === 0, errors.join(' | '));
  check('the builder contacts no other origin', foreign.length === 0, foreign.join(' '));
  await context.close();

  // Without clipboard permission the snippet is selected instead.
  const denied = await browser.newContext();
  const second = await denied.newPage();
  // A server without the module build's hash file: the module tag is offered without integrity, saying why.
  await second.route('**/dist/cdn/trial-summary.js.sri', (route) => route.fulfill({ status: 404 }));
  await second.goto(`${server.origin}/demo/builder.html`);
  await second.waitForFunction(() => document.querySelector('#script-snippet').value !== '');
  const unhashed = await second.evaluate(() => ({
    snippet: document.querySelector('#module-snippet').value,
    hint: document.querySelector('#module-hint').textContent,
  }));
  check(
    'without the entry’s hash file the module tag has no integrity and says why',
    unhashed.snippet.includes('type="module"') &&
      !unhashed.snippet.includes('integrity') &&
      unhashed.hint.includes('without an integrity hash: this page’s server has no module build'),
    JSON.stringify(unhashed),
  );
  await second.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await second.getByRole('button', { name: 'Copy the script snippet' }).click();
  await second.waitForFunction(() => document.querySelector('#copied').textContent !== '');
  const fallback = await second.evaluate(() => ({
    status: document.querySelector('#copied').textContent,
    focused: document.activeElement?.id,
    selected:
      document.activeElement.selectionEnd - document.activeElement.selectionStart ===
      document.activeElement.value.length,
  }));
  check(
    'without the clipboard the snippet is selected, with a hint',
    fallback.focused === 'script-snippet' && fallback.selected && /Ctrl\+C/.test(fallback.status),
    JSON.stringify(fallback),
  );
  await denied.close();
}

async function embed() {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const { errors, foreign } = watch(page);
  await page.goto(`${server.origin}/demo/embed.html?nct=nct4267848&layout=card&theme=dark&lang=en`);
  const title = String(await (await cardTitle(page)).jsonValue());
  const state = await page.evaluate(() => {
    const card = document.querySelector('trial-summary');
    return {
      nct: card.getAttribute('nct'),
      layout: card.getAttribute('layout'),
      theme: card.getAttribute('theme'),
      apiBase: card.getAttribute('api-base'),
      lang: document.documentElement.lang,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      title: document.title,
    };
  });
  check(
    'the embed page shows the study with the options from its address',
    state.nct === 'NCT04267848' &&
      state.layout === 'card' &&
      state.theme === 'dark' &&
      state.apiBase === '/api/v2' &&
      state.lang === 'en' &&
      title.length > 0,
    JSON.stringify(state),
  );
  check('the page title names the study', state.title.endsWith('— plain-language summary'));
  check('no horizontal scrolling at 320 px', state.overflow <= 0, `${state.overflow}px`);
  const embedAxe = await axeViolations(page);
  check('axe finds nothing on the embed page', embedAxe.length === 0, embedAxe.join('; '));

  // The address cannot choose where the card reads from or posts to.
  await page.goto(
    `${server.origin}/demo/embed.html?nct=NCT04267848&api-base=https://evil.example/api&signup-action=https://evil.example/s`,
  );
  await cardTitle(page);
  const settings = await page.evaluate(() => {
    const card = document.querySelector('trial-summary');
    return `${card.getAttribute('api-base')} ${card.getAttribute('signup-action')}`;
  });
  check(
    'api-base and signup-action in the address are ignored',
    settings === '/api/v2 null',
    settings,
  );
  errors.length = 0; // the two ignored options are reported with console.warn, not errors

  for (const [query, expected] of [
    ['', 'No study was chosen for this card'],
    ['?nct=', 'No study was chosen for this card'],
    ['?nct=<b>NCT12</b>', '“<b>NCT12</b>” is not an NCT number'],
  ]) {
    await page.goto(`${server.origin}/demo/embed.html${query}`);
    const message = await page.locator('[role=alert]').textContent();
    check(
      `embed.html${query || ' (no query)'} explains what is wrong`,
      message.startsWith(expected),
      message,
    );
  }
  const messageAxe = await axeViolations(page);
  check('axe finds nothing on the message', messageAxe.length === 0, messageAxe.join('; '));
  check('no page errors on the embed page', errors.length === 0, errors.join(' | '));
  check('the embed page contacts no other origin', foreign.length === 0, foreign.join(' '));
  await context.close();
}
