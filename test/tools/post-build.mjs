#!/usr/bin/env node
// After the builds: a declaration file beside each ES entry (dist/trial-summary.d.ts,
// dist/trial-summary-element.d.ts) pointing at the declarations tsc wrote to dist/types/; and every non-ASCII
// character of the JavaScript written as a \u escape, so the script reads the same whatever charset a CDN or
// a page declares (a page without <meta charset> would otherwise turn “ into â€œ).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const entries = {
  'dist/trial-summary.d.ts': './types/index.js',
  'dist/trial-summary-element.d.ts': './types/trial-summary.js',
};
for (const [file, target] of Object.entries(entries)) {
  writeFileSync(file, `export * from '${target}';\n`);
}

for (const file of readdirSync('dist')
  .filter((name) => name.endsWith('.js'))
  .map((name) => `dist/${name}`)) {
  const code = readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex -- every character outside ASCII
  const ascii = code.replace(/[^\x00-\x7f]/gu, (c) =>
    [...c]
      .map((ch) => {
        const cp = ch.codePointAt(0);
        return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
      })
      .join(''),
  );
  writeFileSync(file, ascii);
}

// Subresource Integrity of the one-script build, computed from the bytes just written (after the ASCII
// rewrite): dist/trial-summary.iife.js.sri holds the `integrity` value for a <script> tag, and the embed
// builder and README use it. It matches the file on a CDN only for the release built from this source.
const iife = readFileSync('dist/trial-summary.iife.js');
writeFileSync(
  'dist/trial-summary.iife.js.sri',
  `sha384-${createHash('sha384').update(iife).digest('base64')}\n`,
);
