#!/usr/bin/env node
/**
 * `npm run bench:cards`: what many cards on one page cost, measured in headless Chromium against the fake
 * registry with 80 ms of latency per request and a throttled connection (4 Mbit/s down, 1.5 up).
 *
 * Pages of 1, 10, 50 and 200 eager cards, with about 20% duplicate ids, each in three modes in the same run:
 * - `shared`: the product (sharing, batching, projection, cache; each study of a batch handed out as it arrives);
 * - `whole`: the product, but each batch answer read whole before any of its cards renders (`stream: false`);
 * - `naive`: sharing, batching and projection off and no cache: one full request per card.
 * For each: requests, bytes on the wire (gzip in all modes), time from script start to every card
 * rendered, render time after the last answer arrived, the main thread's busy time over the whole page (CDP's
 * TaskDuration: the work done, wherever it fell), long tasks, cumulative layout shift and the JS heap still in
 * use after a full garbage collection;
 * medians over RUNS runs, and naive/shared ratios. Needs `npm run build` first (it uses the one-script build).
 * Writes test/bench/results/cards.md.
 *
 * The studies are synthetic copies of the 22 recorded ones (the fake registry's `clones` fault: only the
 * nctId differs), because 200 cards need more distinct studies than were recorded.
 */
import { createServer, get } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tools/chromium.mjs';
import { createRegistry } from '../fake-registry/registry.js';

const RUNS = Number(process.env.RUNS ?? 3);
const SIZES = (process.env.SIZES ?? '1,10,50,200').split(',').map(Number);
const LATENCY_MS = 80;
/** `LAYOUT=card` measures compact cards; `MODES=shared` skips the naive pages. */
const LAYOUT = process.env.LAYOUT === 'card' ? 'card' : 'full';
const MODES = (process.env.MODES ?? 'shared,whole,naive').split(',');
const root = new URL('../../', import.meta.url).pathname;
const script = process.env.SCRIPT ?? join(root, 'dist/trial-summary.iife.js');
if (!existsSync(script)) {
  console.error('Run `npm run build` first: the benchmark loads dist/trial-summary.iife.js.');
  process.exit(1);
}

/** ~20% duplicates: n cards over round(0.8 n) distinct synthetic ids, in a fixed shuffled order. */
function idsFor(n) {
  const distinct = Math.max(1, Math.round(n * 0.8));
  const ids = Array.from(
    { length: n },
    (_, i) => `NCT8${String(i < distinct ? i : (i * 7) % distinct).padStart(7, '0')}`,
  );
  let seed = n;
  for (let i = ids.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids;
}

function page(n, mode) {
  const base = `/__fault/clones+delay-${LATENCY_MS}/api/v2`;
  const cards = idsFor(n)
    .map(
      (id) =>
        `<trial-summary loading="eager" layout="${LAYOUT}" api-base="${base}" nct="${id}"${mode === 'naive' ? ' cache-ttl="0"' : ''}></trial-summary>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
<title>bench ${n} ${mode}</title>
<script>
  window.__t0 = performance.now();
  window.__settled = 0;
  window.__longTasks = [];
  window.__cls = 0;
  new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const settle = () => { if (++window.__settled === ${n}) window.__done = performance.now(); };
  document.addEventListener('trial-summary-load', settle);
  document.addEventListener('trial-summary-error', settle);
</script>
<script src="/dist/trial-summary.iife.js"></script>
${mode === 'naive' ? '<script>TrialSummary.configureRegistryClients({ share: false, batch: false, projection: false });</script>' : ''}
${mode === 'whole' ? '<script>TrialSummary.configureRegistryClients({ stream: false });</script>' : ''}
</head><body style="max-width: 48rem; margin: 0 auto; font-family: sans-serif">
${cards}
</body></html>`;
}

const registry = createRegistry();
const server = createServer((req, res) => {
  if (registry.handle(req, res)) return;
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/dist/trial-summary.iife.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
  } else if (url.pathname === '/bench') {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(page(Number(url.searchParams.get('n')), url.searchParams.get('mode')));
  } else {
    res.writeHead(204).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);

async function measure(n, mode) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: (4 * 1024 * 1024) / 8,
    uploadThroughput: (1.5 * 1024 * 1024) / 8,
  });
  const api = new Set();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.includes('/api/v2/')) api.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (api.has(e.requestId)) bytes += e.encodedDataLength;
  });
  await tab.goto(`${origin}/bench?n=${n}&mode=${mode}`);
  await tab.waitForFunction(() => window.__done !== undefined, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  await new Promise((r) => setTimeout(r, 300)); // let the last layout shifts and long tasks be reported
  const { metrics } = await cdp.send('Performance.getMetrics');
  const busy = 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
  const result = await tab.evaluate(() => {
    globalThis.gc?.();
    const answers = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/v2/'))
      .map((e) => e.responseEnd);
    return {
      total: window.__done - window.__t0,
      afterData: window.__done - Math.max(...answers),
      longTasks: window.__longTasks.length,
      longestTask: Math.max(0, ...window.__longTasks),
      cls: window.__cls,
      heap: performance.memory?.usedJSHeapSize ?? 0,
    };
  });
  await context.close();
  return { requests: api.size, bytes, busy, ...result };
}

/** Bytes on the wire of each distinct study fetched alone, projected and gzipped: the floor to compare with. */
async function projectedBytes(n) {
  const fields =
    'IdentificationModule,StatusModule,SponsorCollaboratorsModule,DescriptionModule,ConditionsModule,DesignModule,ArmsInterventionsModule,EligibilityModule,ContactsLocationsModule,ReferencesModule,AdverseEventsModule,ConditionBrowseModule,HasResults';
  let total = 0;
  for (const id of new Set(idsFor(n))) {
    total += await new Promise((resolve, reject) => {
      const url = `${origin}/__fault/clones/api/v2/studies/${id}?fields=${fields}`;
      get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => resolve(bytes));
      }).on('error', reject);
    });
  }
  return total;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const keys = [
  'requests',
  'bytes',
  'total',
  'afterData',
  'busy',
  'longTasks',
  'longestTask',
  'cls',
  'heap',
];
const rows = [];
for (const n of SIZES) {
  for (const mode of MODES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(n, mode));
    rows.push({
      n,
      mode,
      ...Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])),
      floor: await projectedBytes(n),
    });
    process.stderr.write(`.`);
  }
}
process.stderr.write('\n');
await browser.close();
server.close();

const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
const ms = (x) => `${Math.round(x)} ms`;
const lines = [
  `| cards | mode | requests | bytes on the wire | all rendered | render after last answer | main thread busy | long tasks (longest) | CLS | JS heap |`,
  `|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|`,
];
for (const r of rows) {
  lines.push(
    `| ${r.n} | ${r.mode} | ${r.requests} | ${kb(r.bytes)} | ${ms(r.total)} | ${ms(r.afterData)} | ${ms(r.busy)} | ${r.longTasks} (${ms(r.longestTask)}) | ${r.cls.toFixed(3)} | ${(r.heap / 1048576).toFixed(1)} MB |`,
  );
}
if (MODES.includes('naive')) {
  lines.push(
    '',
    '| cards | distinct studies | requests naive/shared | bytes naive/shared | shared bytes / distinct projected bodies | time naive/shared |',
    '|---:|---:|---:|---:|---:|---:|',
  );
}
for (const n of MODES.includes('naive') ? SIZES : []) {
  const s = rows.find((r) => r.n === n && r.mode === 'shared');
  const v = rows.find((r) => r.n === n && r.mode === 'naive');
  lines.push(
    `| ${n} | ${new Set(idsFor(n)).size} | ${(v.requests / s.requests).toFixed(1)}× | ${(v.bytes / s.bytes).toFixed(1)}× | ${((100 * s.bytes) / s.floor).toFixed(0)}% of ${kb(s.floor)} | ${(v.total / s.total).toFixed(1)}× |`,
  );
}
const table = lines.join('\n');
console.log(table);

const report = `# Benchmark: many cards on one page

Produced by \`npm run bench:cards\` (${new Date().toISOString().slice(0, 10)}, ${RUNS} runs each, medians; 2-core shared machine,
so compare the two modes of one run rather than across runs).

Headless Chromium, fake registry with ${LATENCY_MS} ms latency per request, connection throttled to 4 Mbit/s down and
1.5 Mbit/s up, gzip in both modes. Every card eager; about 20% duplicate ids; studies are synthetic copies of the
22 recorded records (only the nctId differs). *shared* is the product; *whole* is the product reading each
batch answer whole before handing any of its studies out (as before streaming); *naive* turns off sharing,
batching, projection and the cache (one full request per card). "all rendered" runs from the start of the
page's first script to the last card's load event; "render after last answer" from the last registry answer
to that event; "main thread busy" is all the work the page's main thread did until then (CDP's TaskDuration),
wherever it fell; "JS heap" is what is still in use after a full garbage collection.
"distinct projected bodies" is the sum of each distinct study's projected answer fetched alone, gzipped (bodies
only; the measured bytes include headers).

${table}
`;
mkdirSync(join(root, 'test/bench/results'), { recursive: true });
const out = `test/bench/results/cards${LAYOUT === 'card' ? '-layout-card' : ''}.md`;
writeFileSync(
  join(root, out),
  report.replace(
    '# Benchmark: many cards on one page',
    `# Benchmark: many cards on one page (layout="${LAYOUT}")`,
  ),
);
console.log(`\nwritten to ${out}`);
