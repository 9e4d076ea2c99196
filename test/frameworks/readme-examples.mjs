#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:examples` (after `npm run analyze`): keeps the framework examples the README links to
 * (docs/frameworks.md) and the typings honest.
 * - Every code block in README.md or docs/frameworks.md announced by `<!-- example: PATH -->` is exactly the
 *   file at PATH, which `npm run typecheck` (vue-tsc) checks and `npm run test:browser` mounts in Chromium.
 * - types/attributes.d.ts lists exactly the attributes custom-elements.json documents.
 * - docs/frameworks.md gives Vue the same `isCustomElement` the tests compile the example with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCustomElement } from './wtr-plugins.mjs';

const root = new URL('../../', import.meta.url).pathname;
const read = (/** @type {string} */ path) => readFileSync(join(root, path), 'utf8');
/** Where the examples are shown: the README's front page links to the React and Vue page. */
const DOCS = ['README.md', 'docs/frameworks.md'];
const FRAMEWORKS = 'docs/frameworks.md';
let passed = 0;
let failed = 0;
const check = (/** @type {string} */ name, /** @type {boolean} */ ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n${detail}`}`);
};

const marker = /<!-- example: (\S+) -->\s*\n```\w*\n([\s\S]*?)\n```/g;
const examples = DOCS.flatMap((doc) => [...read(doc).matchAll(marker)].map((m) => ({ doc, m })));
check(
  `${FRAMEWORKS} announces the React and Vue examples`,
  examples.filter(({ doc }) => doc === FRAMEWORKS).length >= 2,
);
for (const {
  doc,
  m: [, path, code],
} of examples) {
  const file = read(path).replace(/\n$/, '');
  const same = code === file;
  let detail = '';
  if (!same) {
    const a = code.split('\n');
    const b = file.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    detail = `  first difference at line ${line + 1}:\n  ${doc}: ${a[line]}\n  file: ${b[line]}`;
  }
  check(`${doc} example is ${path}`, same, detail);
}

const manifest = JSON.parse(read('custom-elements.json'));
const element = manifest.modules
  .flatMap((/** @type {any} */ m) => m.declarations ?? [])
  .find((/** @type {any} */ d) => d.tagName === 'trial-summary');
const documented = element.attributes.map((/** @type {any} */ a) => a.name).sort();
const typings = read('types/attributes.d.ts');
const body = typings.slice(typings.indexOf('interface TrialSummaryAttributes'));
const typed = [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}'?([a-z-]+)'?\?:/gm)]
  .map((m) => m[1])
  .sort();
check(
  'types/attributes.d.ts types every documented attribute, and no other',
  JSON.stringify(documented) === JSON.stringify(typed),
  `  custom-elements.json: ${documented.join(' ')}\n  types/attributes.d.ts: ${typed.join(' ')}`,
);

const vueSetting = `isCustomElement: ${isCustomElement.toString()}`;
check(`${FRAMEWORKS} tells Vue \`${vueSetting}\``, read(FRAMEWORKS).includes(vueSetting));

console.log(`\nexamples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
