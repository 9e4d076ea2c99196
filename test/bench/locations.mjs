#!/usr/bin/env node
/**
 * `npm run bench:locations`: the contacts-and-locations block of the 1,148-site record (NCT04267848) in headless
 * Chromium: time to render the block, time from each keystroke in the city filter to the updated list on screen
 * (keystrokes that change the list; the others change only the text box), and long tasks (over 50 ms) while
 * typing. Medians of RUNS runs. Needs `npm run build` first.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tools/chromium.mjs';
import { createRegistry } from '../fake-registry/registry.js';

const RUNS = Number(process.env.RUNS ?? 5);
const WORDS = ['rochester', 'san antonio', 'boston medical'];
const root = new URL('../../', import.meta.url).pathname;
const script = join(root, 'dist/trial-summary.iife.js');
if (!existsSync(script)) {
  console.error('Run `npm run build` first: the benchmark loads dist/trial-summary.iife.js.');
  process.exit(1);
}

const page = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
<script src="/dist/trial-summary.iife.js"></script></head>
<body style="max-width: 48rem; margin: 0 auto; font-family: sans-serif">
<trial-summary loading="eager" api-base="/api/v2" cache-ttl="0" nct="NCT04267848" sections="summary"></trial-summary>
<script>
  window.__longTasks = [];
  new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  window.__loaded = new Promise((r) => document.addEventListener('trial-summary-load', r, { once: true }));
</script></body></html>`;

const registry = createRegistry();
const server = createServer((req, res) => {
  if (registry.handle(req, res)) return;
  if (req.url.startsWith('/dist/trial-summary.iife.js')) {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
  } else if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  } else {
    res.writeHead(204).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const renders = [];
const keystrokes = [];
const longWhileTyping = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const tab = await context.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.evaluate(() => window.__loaded);
  // The block alone: switch the card from its summary to its locations and wait for the next frame.
  renders.push(
    await tab.evaluate(async () => {
      const el = document.querySelector('trial-summary');
      const start = performance.now();
      el.sections = 'locations';
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - start;
    }),
  );
  // Keystroke to updated list on screen: keydown time to the first frame after the list changed.
  await tab.evaluate(() => {
    const el = document.querySelector('trial-summary');
    window.__latencies = [];
    let down = 0;
    document.addEventListener('keydown', () => (down = performance.now()), true);
    new MutationObserver(() => {
      if (!down) return;
      const at = down;
      down = 0;
      requestAnimationFrame(() => window.__latencies.push(performance.now() - at));
    }).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
    window.__typingStart = performance.now();
  });
  const search = tab.locator('trial-summary').locator('#site-search');
  for (const word of WORDS) {
    await search.fill('');
    await search.focus();
    await tab.keyboard.type(word, { delay: 60 });
  }
  const result = await tab.evaluate(() => ({
    latencies: window.__latencies,
    long: window.__longTasks.filter((t) => t.start >= window.__typingStart && t.duration > 50)
      .length,
  }));
  keystrokes.push(...result.latencies);
  longWhileTyping.push(result.long);
  await context.close();
}
await browser.close();
server.close();

const max = Math.max(...keystrokes);
console.log(`locations block of NCT04267848 (1,148 sites), ${RUNS} runs`);
console.log(`render the block:            median ${median(renders).toFixed(1)} ms`);
console.log(
  `keystroke to updated list:   median ${median(keystrokes).toFixed(1)} ms, worst ${max.toFixed(1)} ms (${keystrokes.length} keystrokes that changed the list)`,
);
console.log(
  `long tasks (>50 ms) typing:  median ${median(longWhileTyping)} per run, total ${longWhileTyping.reduce((a, b) => a + b, 0)}`,
);
