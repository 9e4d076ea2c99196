#!/usr/bin/env node
/**
 * `npm run screenshot -- [NCT…] [--width 390] [--dark] [--out file.png]`: a picture of one card, rendered
 * by the demo's single-study page (needs `npm start` running, or BASE_URL pointing at a demo server).
 */
import { launchChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const nct = args.find((a) => /^NCT\d+$/i.test(a)) ?? 'NCT06097962';
const width = Number(option('--width', 390));
const out = option('--out', `/tmp/card-${nct}-${width}.png`);
const maxHeight = Number(option('--max-height', 0));
const base = process.env.BASE_URL ?? 'http://127.0.0.1:5173';

const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: args.includes('--dark') ? 'dark' : 'light',
  });
  await page.goto(`${base}/demo/study.html?nct=${nct}`);
  await page.waitForFunction(() =>
    document.querySelector('trial-summary')?.shadowRoot?.querySelector('#title, [part=error]'),
  );
  const card = page.locator('trial-summary');
  const box = await card.boundingBox();
  await page.screenshot({
    path: out,
    clip: {
      x: box.x,
      y: box.y,
      width: box.width,
      height: maxHeight ? Math.min(maxHeight, box.height) : box.height,
    },
    fullPage: true,
  });
  console.log(out);
} finally {
  await browser.close();
}
