#!/usr/bin/env node
// @ts-check
/**
 * `node test/tools/literal-saving.mjs`: what the `html`/`css` literal minifier (vite.config.ts,
 * `minifyLiterals`) saves. Builds each mode (es, iife, iife-en, cdn) twice into .cache/literals/ — as it is
 * and with `TRIAL_SUMMARY_LITERALS=keep` — and prints gzip -9 bytes of every script, before and after. dist/ is
 * left alone. Characters outside ASCII are escaped first, as post-build.mjs and the cdn build do.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url).pathname;
const out = join(root, '.cache/literals');
const vite = join(root, 'node_modules/.bin/vite');
const MODES = ['production', 'iife', 'iife-en', 'cdn'];

/** @param {string} code */
const ascii = (code) =>
  // eslint-disable-next-line no-control-regex -- every character outside ASCII
  code.replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = /** @type {number} */ (c.codePointAt(0));
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });

/** @param {string} dir @returns {Map<string, number>} file (a chunk without its hash) → gzip -9 bytes */
function sizes(dir) {
  const result = new Map();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.js'))
    .sort()) {
    const code = ascii(readFileSync(join(dir, name), 'utf8'));
    result.set(name.replace(/-[\w-]{8}\.js$/, '-[hash].js'), gzipSync(code, { level: 9 }).length);
  }
  return result;
}

rmSync(out, { recursive: true, force: true });
console.log('build      file                              as written   minified   saved');
for (const mode of MODES) {
  /** @type {Record<string, Map<string, number>>} */
  const measured = {};
  for (const variant of ['keep', 'min']) {
    const dir = join(out, variant, mode);
    execFileSync(
      vite,
      ['build', '--mode', mode, '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, TRIAL_SUMMARY_LITERALS: variant === 'keep' ? 'keep' : '' },
      },
    );
    measured[variant] = sizes(dir);
  }
  let before = 0;
  let after = 0;
  for (const [name, kept] of measured.keep) {
    const min = measured.min.get(name);
    if (min === undefined) continue;
    before += kept;
    after += min;
    console.log(
      `${mode.padEnd(10)} ${name.padEnd(33)} ${String(kept).padStart(10)} ${String(min).padStart(10)} ${String(kept - min).padStart(7)}`,
    );
  }
  if (measured.keep.size > 1)
    console.log(
      `${mode.padEnd(10)} ${'(all scripts)'.padEnd(33)} ${String(before).padStart(10)} ${String(after).padStart(10)} ${String(before - after).padStart(7)}`,
    );
}
rmSync(out, { recursive: true, force: true });
