#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:storybook` (after `npm run storybook:build`): every story of the static Storybook in headless
 * Chromium, with the fake registry on 127.0.0.1:8787 where static stories read (see the stories file).
 * - each story (from storybook-static/index.json) renders without an uncaught error, and its
 *   `<trial-summary>` reaches the state its name promises: the study's title; an error message (stories
 *   named after a failure); the skeleton (Loading);
 * - the docs page renders the element's documentation and shows how to embed: the module tag first, then the
 *   one script.
 */
/* global fetch -- Node 20 has it */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { createRegistry } from '../fake-registry/registry.js';

const root = new URL('../../storybook-static/', import.meta.url).pathname;
const REGISTRY_PORT = 8787;
/** Stories named after a failure show the error state; the Loading story stays a skeleton. */
const ERROR_STORY =
  /invalid|config-error|not-found|server-error|rate-limited|network-error|timeout|parse-error|mismatch/;
const LOADING_STORY = /--loading$/;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run storybook:build` first.');
  process.exit(1);
}
const started = Date.now();
let passed = 0;
let failed = 0;
const check = (/** @type {string} */ name, /** @type {boolean} */ ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
};

const listen = (/** @type {import('node:http').Server} */ server, port = 0) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port),
    );
  });

// The fake registry where static stories expect it; one already running there (npm run registry) will do.
const registry = createRegistry();
const registryServer = createServer((req, res) => {
  if (!registry.handle(req, res)) res.writeHead(404).end();
});
try {
  await listen(registryServer, REGISTRY_PORT);
} catch (error) {
  const probe = await fetch(`http://127.0.0.1:${REGISTRY_PORT}/api/v2/studies/NCT06097962`).catch(
    () => undefined,
  );
  if (!probe?.ok) {
    console.error(`Port ${REGISTRY_PORT} is taken by something that is not the fake registry.`);
    throw error;
  }
}

const site = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const file = join(root, path === '/' ? 'index.html' : path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  const type =
    TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
});
const origin = `http://127.0.0.1:${await listen(site)}`;

/** @type {{ entries: Record<string, { id: string, type: string, name: string }> }} */
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const browser = await launchChromium();
try {
  check('index.json lists stories and a docs page', stories.length > 0 && docs.length > 0);
  // Four tabs at a time: the slow stories (retries after 429, timeouts) wait side by side.
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      const page = await browser.newPage();
      for (let story = queue.shift(); story; story = queue.shift()) await checkStory(page, story);
      await page.close();
    }),
  );
  for (const entry of docs) await checkDocs(entry);
} finally {
  await browser.close();
  site.close();
  registryServer.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${stories.length} stories and ${docs.length} docs page in ${seconds} s`);
console.log(`\nstorybook: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * @param {import('playwright-core').Page} page
 * @param {{ id: string, name: string }} story
 */
async function checkStory(page, story) {
  const errors = /** @type {string[]} */ ([]);
  const onError = (/** @type {Error} */ error) => errors.push(String(error));
  page.on('pageerror', onError);
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    const expected = ERROR_STORY.test(story.id)
      ? 'error'
      : LOADING_STORY.test(story.id)
        ? 'skeleton'
        : 'title';
    const handle = await page.waitForFunction(
      (want) => {
        const root = document.querySelector('#storybook-root trial-summary')?.shadowRoot;
        if (!root || root.childElementCount === 0) return false;
        const title = root.querySelector('#title')?.textContent?.trim();
        const error = root.querySelector('[part~="error"]');
        const alert = root.querySelector('[role="alert"]')?.textContent?.trim();
        const skeleton = root.querySelector('[part~="skeleton"]');
        if (want === 'title' && title) return `title “${title.slice(0, 50)}”`;
        if (want === 'error' && error)
          return `error “${(alert ?? error.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
        if (want === 'skeleton' && skeleton) return 'skeleton';
        return false;
      },
      expected,
      { timeout: 15_000 },
    );
    const state = String(await handle.jsonValue());
    check(story.name, errors.length === 0, errors.length ? errors.join(' | ') : state);
  } catch (error) {
    check(story.name, false, `${String(error).split('\n')[0]} ${errors.join(' | ')}`);
  } finally {
    page.off('pageerror', onError);
  }
}

/** @param {{ id: string, name: string }} entry */
async function checkDocs(entry) {
  const page = await browser.newPage();
  const errors = /** @type {string[]} */ ([]);
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`);
    await page.waitForFunction(
      () => {
        const text = document.querySelector('#storybook-docs')?.textContent ?? '';
        return text.includes('api-base') && text.includes('trial-summary-load');
      },
      undefined,
      { timeout: 15_000 },
    );
    // The embed snippets are code blocks, highlighted by a lazily loaded component.
    await page
      .waitForFunction(
        () =>
          /\/dist\/trial-summary\.iife\.js/.test(
            document.querySelector('#storybook-docs')?.textContent ?? '',
          ),
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const { cards, moduleAt, scriptAt } = await page.evaluate(() => {
      const text = document.querySelector('#storybook-docs')?.textContent ?? '';
      return {
        cards: document.querySelectorAll('#storybook-docs trial-summary').length,
        moduleAt: text.indexOf('/dist/cdn/trial-summary.js'),
        scriptAt: text.indexOf('/dist/trial-summary.iife.js'),
      };
    });
    check(
      `docs page ${entry.id}`,
      errors.length === 0 && cards > 0,
      `${cards} cards; ${errors.join(' | ') || 'attributes and events documented'}`,
    );
    check(
      `docs page ${entry.id} shows the module tag, then the one script`,
      moduleAt >= 0 && scriptAt > moduleAt,
      `module tag at ${moduleAt}, one script at ${scriptAt}`,
    );
  } catch (error) {
    check(`docs page ${entry.id}`, false, `${String(error).split('\n')[0]} ${errors.join(' | ')}`);
  } finally {
    await page.close();
  }
}
