#!/usr/bin/env node
/* global structuredClone, Response, MessageChannel -- Node 20 and the page have them */
/**
 * `npm run bench:stall`: the longest main-thread stall a card causes when its record's markup fields hold
 * pathological markdown at the registry's own length limits (brief summary 5,000 characters, detailed
 * description 32,000, eligibility criteria 20,000, each intervention description 1,000), against plain prose
 * of the same lengths, in headless Chromium, in one run.
 *
 * A stall is the longest gap between two turns of a message-channel heartbeat, from mounting the card until
 * it has loaded and every disclosure is open (so the description and criteria are rendered too). Each
 * family is measured RUNS times (default 5), each time in a fresh page; the table shows the median.
 * Target: every family ≤ 2× prose. Needs `npm run build` first (it uses the one-script build).
 * `FAMILIES=prose,>` measures only those.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tools/chromium.mjs';
import { FAMILIES } from './stall-families.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const ONLY = process.env.FAMILIES?.split(',');
const root = new URL('../../', import.meta.url).pathname;
/** `SCRIPT=path` measures another build of the one script (to compare two versions in one run of each). */
const script = process.env.SCRIPT ?? join(root, 'dist/trial-summary.iife.js');
if (!existsSync(script)) {
  console.error('Run `npm run build` first: the benchmark loads dist/trial-summary.iife.js.');
  process.exit(1);
}
const base = JSON.parse(readFileSync(join(root, 'test/fixtures/studies/NCT06097962.json'), 'utf8'));

/** The registry's documented limits for the markup fields the card renders. */
const LIMITS = {
  briefSummary: 5000,
  detailedDescription: 32000,
  eligibilityCriteria: 20000,
  intervention: 1000,
};

function recordOf(make) {
  const s = structuredClone(base);
  const p = s.protocolSection;
  p.descriptionModule.briefSummary = make(LIMITS.briefSummary);
  p.descriptionModule.detailedDescription = make(LIMITS.detailedDescription);
  p.eligibilityModule.eligibilityCriteria = make(LIMITS.eligibilityCriteria);
  for (const i of p.armsInterventionsModule.interventions)
    i.description = make(LIMITS.intervention);
  return s;
}

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>stall</title>
<script src="/trial-summary.iife.js"></script></head><body style="max-width:48rem"></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/trial-summary.iife.js')
    return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
  if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

/** One card with `record`, in a fresh page: the longest stall (ms) and how the card ended. */
async function measure(context, record) {
  const tab = await context.newPage();
  await tab.goto(origin);
  const result = await tab.evaluate(async (json) => {
    const T = /** @type {any} */ (window).TrialSummary;
    T.configureRegistryClients({
      fetch: async () => new Response(json, { headers: { 'content-type': 'application/json' } }),
    });
    let longest = 0;
    let last = performance.now();
    let beating = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (beating) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    const el = document.createElement('trial-summary');
    el.setAttribute('loading', 'eager');
    el.setAttribute('cache-ttl', '0');
    el.setAttribute('api-base', 'https://registry.example/api/v2');
    el.setAttribute('nct', 'NCT06097962');
    const settled = new Promise((resolve) => {
      el.addEventListener('trial-summary-load', () => resolve('load'), { once: true });
      el.addEventListener('trial-summary-error', () => resolve('error'), { once: true });
      setTimeout(() => resolve('none'), 120_000);
    });
    document.body.append(el);
    const outcome = await settled;
    for (const d of el.shadowRoot.querySelectorAll('details')) d.open = true;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    beating = false;
    return { longest, outcome };
  }, JSON.stringify(record));
  await tab.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launchChromium();
const rows = [];
try {
  const context = await browser.newContext();
  await measure(context, recordOf(FAMILIES.prose)); // warm-up: code cache, fonts, formatters
  for (const [name, make] of Object.entries(FAMILIES)) {
    if (ONLY && !ONLY.includes(name)) continue;
    const runs = [];
    const outcomes = new Set();
    for (let i = 0; i < RUNS; i++) {
      const { longest, outcome } = await measure(context, recordOf(make));
      runs.push(longest);
      outcomes.add(outcome);
    }
    rows.push({ name, ms: median(runs), outcome: [...outcomes].join('/') });
  }
} finally {
  await browser.close();
  server.close();
}
const prose = rows.find((r) => r.name === 'prose')?.ms;
console.log(`Longest main-thread stall, median of ${RUNS} (ms), fields at the registry's limits\n`);
console.log('| family | stall (ms) | × prose | card |');
console.log('|---|---:|---:|---|');
let worst = 0;
for (const r of rows) {
  const ratio = prose ? r.ms / prose : NaN;
  if (r.name !== 'prose') worst = Math.max(worst, ratio);
  console.log(`| \`${r.name}\` | ${r.ms.toFixed(0)} | ${ratio.toFixed(2)} | ${r.outcome} |`);
}
console.log(`\nworst: ${worst.toFixed(2)}× prose (target ≤ 2×)`);
