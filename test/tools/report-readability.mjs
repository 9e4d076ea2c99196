#!/usr/bin/env node
/**
 * `npm run report:readability`: Flesch–Kincaid grades, over every recorded study, of
 * - the sentences the card writes itself (facts, outlook, risk and trust notes), with the real record values;
 * - the registry's own brief summary;
 * - the same sentences in Spanish, scored with Fernández-Huerta (0–100, higher is easier; 60–70 is "normal",
 *   70–80 "fairly easy"), as published and with the sentence-length term corrected (see readability-es.ts).
 * Prints medians and the worst cases. The templates alone (record values replaced by a placeholder word)
 * are held to grade 8 by test/plain.test.ts.
 */
import { importTs } from './import-ts.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const entry = `
  import { en } from './src/i18n/en.ts';
  import { es } from './src/i18n/es.ts';
  import { fernandezHuerta, fernandezHuertaCorrected } from './src/view-model/readability-es.ts';
  import { formatters } from './src/i18n/index.ts';
  import { factText, riskText, trustText } from './src/i18n/statements.ts';
  import { contextOf, factsOf, risksOf, trustOf } from './src/view-model/plain.ts';
  import { fleschKincaidGrade, markdownToText } from './src/view-model/readability.ts';
  export function grades(study, now) {
    const f = formatters('en');
    const c = contextOf(study, now);
    const own = [
      ...factsOf(c).map((x) => factText(x, en, f, (items) => f.list(items))),
      ...risksOf(c).map((x) => riskText(x, en, f).text),
      ...trustOf(c).map((x) => trustText(x, en, f)),
    ].join(' ');
    const fes = formatters('es');
    const propio = [
      ...factsOf(c).map((x) => factText(x, es, fes, (items) => fes.list(items))),
      ...risksOf(c).map((x) => riskText(x, es, fes).text),
      ...trustOf(c).map((x) => trustText(x, es, fes)),
    ].join(' ');
    const summary = study.protocolSection?.descriptionModule?.briefSummary;
    return {
      own: fleschKincaidGrade(own),
      summary: summary ? fleschKincaidGrade(markdownToText(summary)) : undefined,
      es: fernandezHuerta(propio),
      esCorrected: fernandezHuertaCorrected(propio),
    };
  }
`;
const { grades } = await importTs(entry);

const dir = join(root, 'test/fixtures/studies');
const now = new Date('2026-11-01T12:00:00Z');
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({
    nct: file.slice(0, -5),
    ...grades(JSON.parse(readFileSync(join(dir, file), 'utf8')), now),
  }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x) => (x === undefined ? '—' : x.toFixed(1));
console.log(
  'study          own sentences (FK grade)   registry summary (FK)   Spanish (F-H, corrected)',
);
for (const r of rows)
  console.log(
    `${r.nct}    ${fmt(r.own).padStart(8)}                   ${fmt(r.summary).padStart(8)}              ${fmt(r.es).padStart(6)}, ${fmt(r.esCorrected).padStart(6)}`,
  );
const own = rows.map((r) => r.own).filter((x) => x !== undefined);
const summary = rows.map((r) => r.summary).filter((x) => x !== undefined);
const worst = rows.reduce((a, b) => ((b.own ?? 0) > (a.own ?? 0) ? b : a));
console.log(
  `\ncard’s own sentences, real values: median grade ${fmt(median(own))}, worst ${fmt(worst.own)} (${worst.nct})`,
);
console.log(
  `registry summaries:                median grade ${fmt(median(summary))}, worst ${fmt(Math.max(...summary))}`,
);
const es = rows.map((r) => r.es).filter((x) => x !== undefined);
const esCorrected = rows.map((r) => r.esCorrected).filter((x) => x !== undefined);
console.log(
  `Spanish sentences, real values:    Fernández-Huerta median ${fmt(median(es))}, worst ${fmt(Math.min(...es))}; corrected median ${fmt(median(esCorrected))}, worst ${fmt(Math.min(...esCorrected))}`,
);
