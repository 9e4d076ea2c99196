#!/usr/bin/env node
/**
 * `npm run test:i18n`: every key of every shipped language table is used by the code, and every table has
 * exactly the English keys (test/i18n-es.test.ts checks the same both ways, with sample calls).
 *
 * "Used" means the key's name appears in src/ outside the tables themselves, as a property or a string
 * (`t.summary.heading`, `t.dates[row.kind]` where `'firstPosted'` is written in the view model). Objects
 * whose keys are registry codes (`RECRUITING`, `PHASE1`) or record field paths are looked up by value and
 * count as one leaf.
 */
import { importTs } from './import-ts.mjs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const TABLES = ['src/i18n/en.ts', 'src/i18n/en-first.ts', 'src/i18n/en-rest.ts', 'src/i18n/es.ts'];
const { en, es } = await importTs(
  `export { en } from './src/i18n/en.ts'; export { es } from './src/i18n/es.ts';`,
);

/** A table of codes or field paths: looked up with values from the record, not by name in the code. */
const isCodeTable = (object) =>
  Object.keys(object).every((key) => /^[A-Z0-9_]+$/.test(key) || key.includes('.'));

function paths(object, prefix = []) {
  const out = [];
  for (const [key, value] of Object.entries(object)) {
    const path = [...prefix, key];
    out.push(path);
    if (value && typeof value === 'object' && !isCodeTable(value)) out.push(...paths(value, path));
  }
  return out;
}

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
const code = files(join(root, 'src'))
  .filter((file) => !TABLES.includes(relative(root, file)))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const problems = [];
const enPaths = paths(en).map((p) => p.join('.'));
const esPaths = paths(es).map((p) => p.join('.'));
for (const path of enPaths) if (!esPaths.includes(path)) problems.push(`es lacks ${path}`);
for (const path of esPaths)
  if (!enPaths.includes(path)) problems.push(`es has a key English lacks: ${path}`);
for (const path of paths(en)) {
  const key = path.at(-1);
  const escaped = key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const used = new RegExp(
    `\\.${escaped}\\b|\\[['"\`]${escaped}['"\`]\\]|['"\`]${escaped}['"\`]`,
  ).test(code);
  if (!used) problems.push(`unused key: ${path.join('.')}`);
}
for (const problem of problems) console.error(`i18n: ${problem}`);
console.log(
  `i18n: ${enPaths.length} English keys, ${esPaths.length} Spanish keys, ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
);
process.exit(problems.length === 0 ? 0 : 1);
