#!/usr/bin/env node
/**
 * `node test/tools/report-glossary.mjs`: figures for the glossary (src/glossary/), over every recorded study in
 * test/fixtures/studies/ and (coverage) every real record in test/fixtures/corpus/:
 * - how many terms, how many with a Spanish definition;
 * - what the data and the matcher weigh in the bundle (esbuild, minified; gzip level 9);
 * - coverage: of all the jargon a patient meets in the records (a candidate list written by hand, below), how
 *   much the glossary defines; how many terms each record shows; which terms never occur;
 * - how long the matcher takes on 10 kB of record text here in Node (the browser figure is in
 *   test/glossary.test.ts).
 * The method is printed with the numbers.
 */
import { build } from 'esbuild';
import { importTs } from './import-ts.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Jargon that was considered and left out of the glossary (too rare in the records, a test or scale name, a
 * word most readers know, or too narrow), as [term, ...forms], matched by the same rules as the glossary.
 */
const NOT_DEFINED = [
  // Design, statistics, conduct
  ['hypothesis', 'hypotheses'],
  ['sample size'],
  ['exploratory'],
  ['validated'],
  ['median'],
  ['statistically significant', 'statistical significance'],
  ['washout', 'wash-out'],
  ['crossover', 'cross-over'],
  ['pharmacodynamics', 'pharmacodynamic'],
  ['dose escalation', 'dose-escalation'],
  ['interim analysis'],
  ['per protocol', 'per-protocol'],
  ['non-inferiority', 'noninferiority'],
  ['Kaplan-Meier'],
  ['log-rank'],
  ['regression', 'logistic regression', 'linear regression'],
  ['multivariable', 'multivariate'],
  ['univariable', 'univariate'],
  ['covariate'],
  ['imputation', 'imputed', 'LOCF'],
  ['censored'],
  ['standard deviation'],
  ['Likert'],
  ['questionnaire'],
  ['sponsor'],
  ['FDA', 'Food and Drug Administration'],
  ['HIPAA'],
  ['expanded access', 'EAP', 'compassionate use'],
  ['biospecimen', 'specimen'],
  ['correlative', 'correlative study'],
  ['subgroup'],
  ['half-life'],
  // Dosing and treatment
  ['bolus'],
  ['BID'],
  ['QD'],
  ['taper', 'tapering', 'tapered'],
  ['biosimilar'],
  ['targeted therapy'],
  ['analgesic', 'analgesia'],
  ['anti-inflammatory'],
  ['anticoagulant', 'anticoagulation'],
  ['inducer'],
  ['CYP3A4', 'CYP3A', 'CYP2D6', 'cytochrome P450'],
  ['HDAC', 'histone deacetylase'],
  ['TNF', 'tumor necrosis factor', 'anti-TNF'],
  ['GM-CSF', 'G-CSF', 'colony-stimulating factor'],
  ['DMARD', 'disease-modifying'],
  ['curative'],
  ['palliative'],
  ['transplant', 'transplantation'],
  ['allogeneic', 'allogenic'],
  ['peptide'],
  ['receptor'],
  ['kinase'],
  ['vaccine', 'vaccination'],
  ['titer', 'titre'],
  ['immune response', 'immunity', 'immunogenicity'],
  ['contraception', 'contraceptive'],
  // Results and cancer
  ['complete response'],
  ['partial response'],
  ['stable disease'],
  ['solid tumor', 'solid tumour'],
  ['tumor', 'tumour'],
  ['AJCC'],
  ['IHC', 'immunohistochemistry'],
  ['FFPE'],
  ['melanoma'],
  ['DLBCL', 'diffuse large B-cell lymphoma'],
  ['life expectancy'],
  ['hypersensitivity'],
  // Tests and body
  ['imaging'],
  ['radiographic', 'radiograph'],
  ['glucose'],
  ['plasma'],
  ['OGTT', 'oral glucose tolerance test', 'glucose tolerance test'],
  ['white blood cell', 'WBC', 'leukocyte'],
  ['lymphocyte'],
  ['INR', 'international normalized ratio'],
  ['coagulation'],
  ['electrocardiogram', 'ECG', 'EKG'],
  ['QT interval', 'QTc', 'QTcF'],
  ['BMI', 'body mass index'],
  ['eGFR', 'glomerular filtration rate'],
  ['HBsAg'],
  ['spirometry', 'FEV1'],
  ['fluoroscopy', 'fluoroscopic'],
  ['percutaneous'],
  ['PCI', 'percutaneous coronary intervention'],
  ['intracoronary'],
  ['revascularization', 'revascularisation'],
  ['stent'],
  ['stenosis'],
  ['NYHA', 'New York Heart Association'],
  ['intradiscal'],
  ['sacroiliac'],
  // Conditions and symptoms
  ['HIV', 'human immunodeficiency virus'],
  ['AIDS'],
  ['tuberculosis'],
  ['PTSD', 'post-traumatic stress disorder'],
  ['psychosis', 'psychotic'],
  ['psychiatric'],
  ['cognitive'],
  ['suicidal ideation', 'ideation'],
  ['cystic fibrosis'],
  ['COPD', 'chronic obstructive pulmonary disease'],
  ['prediabetes', 'pre-diabetes'],
  ['hyperglycemia', 'hyperglycaemia'],
  ['hypoglycemia', 'hypoglycaemia'],
  ['neutropenia'],
  ['thrombocytopenia'],
  ['anemia', 'anaemia'],
  ['thrombosis', 'thromboembolism'],
  ['pneumonitis'],
  ['interstitial lung disease'],
  ['dyspnea', 'dyspnoea'],
  ['dysphagia'],
  ['neuropathy'],
  ['pruritus'],
  ['erythema'],
  ['psoriasis'],
  ['uveitis'],
  ['enthesitis'],
  ['lichenification'],
  ['excoriation'],
  ['pigmentation', 'hyperpigmentation', 'pigmented'],
  ['lentigo', 'lentigos', 'lentigines'],
  ['symptomatic'],
  ['asymptomatic'],
  ['abdominoplasty'],
  ['pulpotomy'],
  // Scales and instruments named by their initials
  ['EASI'],
  ['BASDAI'],
  ['BASFI'],
  ['ASDAS'],
  ['ASAS'],
  ['PSQI'],
  ['EORTC'],
  ['EQ-5D'],
  ['PHQ-9'],
  ['SDQ'],
];

/** Drug names: jargon too, but no general glossary can define them; counted in the second figure only. */
const DRUG_NAMES = [
  ['cisplatin'],
  ['carboplatin'],
  ['pemetrexed'],
  ['paclitaxel'],
  ['gemcitabine'],
  ['pembrolizumab'],
  ['durvalumab'],
  ['atezolizumab'],
  ['tislelizumab'],
  ['sugemalimab'],
  ['osimertinib'],
  ['poziotinib'],
  ['palbociclib'],
  ['abexinostat'],
  ['dupilumab'],
  ['certolizumab pegol', 'certolizumab'],
  ['orforglipron'],
  ['repaglinide'],
  ['prazosin'],
  ['dexamethasone'],
  ['prednisone'],
  ['lidocaine'],
  ['morphine'],
];

const entry = `
  export { TERMS } from './src/glossary/terms.ts';
  export { ES_DEFINITIONS } from './src/glossary/es.ts';
  export { findTerms } from './src/glossary/match.ts';
`;
const { TERMS, ES_DEFINITIONS, findTerms } = await importTs(entry);

/** Raw and gzip -9 bytes of `contents` bundled and minified, leaving out modules that `leave` matches. */
async function weight(contents, leave) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
    plugins: leave
      ? [
          {
            name: 'leave-out',
            setup: (b) => b.onResolve({ filter: leave }, (a) => ({ path: a.path, external: true })),
          },
        ]
      : [],
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const sizes = {
  en: await weight(`export { TERMS, EN_REVIEWED } from './src/glossary/terms.ts';`),
  es: await weight(`export { ES_DEFINITIONS, ES_REVIEWED } from './src/glossary/es.ts';`),
  matcher: await weight(`export * from './src/glossary/match.ts';`, /\/(?:terms|es)\.js$/),
  all: await weight(
    `export * from './src/glossary/match.ts'; export { ES_DEFINITIONS } from './src/glossary/es.ts';`,
  ),
};

// The records' texts: the recorded studies, and the corpus of real records (test/fixtures/corpus/).
const SETS = [
  ['studies', 'test/fixtures/studies'],
  ['corpus', 'test/fixtures/corpus'],
];
const allRecords = SETS.flatMap(([set, path]) => {
  const dir = join(root, path);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const p = JSON.parse(readFileSync(join(dir, file), 'utf8')).protocolSection ?? {};
      const main = [
        p.descriptionModule?.briefSummary,
        p.descriptionModule?.detailedDescription,
        p.eligibilityModule?.eligibilityCriteria,
      ];
      const more = [
        ...(p.conditionsModule?.conditions ?? []),
        ...(p.conditionsModule?.keywords ?? []),
        ...(p.armsInterventionsModule?.interventions ?? []).flatMap((i) => [i.name, i.description]),
        ...(p.armsInterventionsModule?.armGroups ?? []).map((a) => a.description),
        ...['primaryOutcomes', 'secondaryOutcomes', 'otherOutcomes'].flatMap((k) =>
          (p.outcomesModule?.[k] ?? []).flatMap((o) => [o.measure, o.description]),
        ),
      ];
      const join2 = (xs) => xs.filter((x) => typeof x === 'string').join('\n\n');
      return { set, nct: file.slice(0, -5), text: join2(main), more: join2(more) };
    });
});
const records = allRecords.filter((r) => r.set === 'studies');
const corpus = allRecords.filter((r) => r.set === 'corpus');

const candidates = (list, prefix) =>
  list.map(([term, ...forms]) => ({
    id: `${prefix}:${term}`,
    term,
    forms,
    definition: '',
    reviewed: false,
  }));
const general = [...TERMS, ...candidates(NOT_DEFINED, 'not-defined')];
const withDrugs = [...general, ...candidates(DRUG_NAMES, 'drug')];
const defined = new Set(TERMS.map((t) => t.id));

/** Occurrences of glossary terms and of all candidates, over every record, with one candidate glossary. */
function coverage(glossary, over = records) {
  let ours = 0;
  let all = 0;
  let dropped = 0;
  const missed = new Map();
  for (const r of over) {
    // Every occurrence counts, also where a sense rule leaves the word unexplained (not ours then).
    const every = findTerms(r.text, glossary, { allSenses: true });
    const kept = findTerms(r.text, glossary);
    all += every.length;
    dropped += every.length - kept.length;
    for (const m of kept) {
      if (defined.has(m.id)) ours++;
      else missed.set(m.id, (missed.get(m.id) ?? 0) + 1);
    }
  }
  return { ours, all, dropped, missed };
}
const plain = coverage(general);
const drugs = coverage(withDrugs);
const plainCorpus = coverage(general, corpus);
const drugsCorpus = coverage(withDrugs, corpus);
const corpusPerRecord = corpus.map((r) => new Set(findTerms(r.text).map((m) => m.id)).size);

// The glossary alone, as the card would use it.
const perRecord = records.map((r) => {
  const matches = findTerms(r.text);
  return { occurrences: matches.length, distinct: new Set(matches.map((m) => m.id)).size };
});
const seenMain = new Set(records.flatMap((r) => findTerms(r.text).map((m) => m.id)));
const seenAny = new Set(
  records.flatMap((r) => findTerms(`${r.text}\n\n${r.more}`).map((m) => m.id)),
);
const never = TERMS.filter((t) => !seenAny.has(t.id)).map((t) => t.id);
const onlyMore = TERMS.filter((t) => seenAny.has(t.id) && !seenMain.has(t.id)).map((t) => t.id);

// Matcher speed on 10 kB (Node; warm).
let sample = records.map((r) => r.text).join('\n\n');
sample = sample.slice(0, 10240);
findTerms(sample);
const times = [];
for (let i = 0; i < 201; i++) {
  const start = performance.now();
  findTerms(sample);
  times.push(performance.now() - start);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
const top = (missed, n) =>
  [...missed]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([id, c]) => `${id.replace(/^[a-z-]+:/, '')} ${c}`)
    .join(', ');
const kb = ({ raw, gzip }) => `${raw} B raw, ${gzip} B gzip -9`;

console.log(`Glossary: ${TERMS.length} terms, ${Object.keys(ES_DEFINITIONS).length} with a Spanish definition.
Not reviewed by a clinician (EN and ES).

Bundle weight (esbuild --bundle --minify, ES2022; gzip level 9):
  English data (terms.ts)        ${kb(sizes.en)}
  Spanish data (es.ts)           ${kb(sizes.es)}
  matcher code (match.ts alone)  ${kb(sizes.matcher)}
  English, Spanish and matcher   ${kb(sizes.all)}

Records: ${records.length} (test/fixtures/studies/*.json). Text scanned: briefSummary + detailedDescription +
eligibilityCriteria of each record, as stored (registry markdown), ${records.reduce((n, r) => n + r.text.length, 0)} characters in all.

Coverage, method: a candidate vocabulary of patient-facing jargon = the ${TERMS.length} glossary terms + ${NOT_DEFINED.length}
considered but not defined (listed in this script, NOT_DEFINED). All candidates are matched together with the
glossary's own matcher (whole words, plurals, abbreviations case-sensitive, longest match first, no overlaps),
so every occurrence is counted once, under the longest candidate. Coverage = occurrences matched to glossary
terms in their sense ÷ occurrences matched to any candidate (in any sense: a word the sense rules leave
unexplained counts as not covered). A second figure adds ${DRUG_NAMES.length} drug names (DRUG_NAMES) to the
candidates. Words not on either list (everyday words, or jargon nobody listed) count nowhere: the figure is
only as good as the candidate list.
  coverage, general jargon:   ${plain.ours} of ${plain.all} occurrences = ${pct(plain.ours, plain.all)}
  coverage, with drug names:  ${drugs.ours} of ${drugs.all} occurrences = ${pct(drugs.ours, drugs.all)}
  occurrences left unexplained by the sense rules (another meaning there): ${plain.dropped}
  most frequent jargon not defined: ${top(plain.missed, 12)}
  most frequent drug names: ${top(new Map([...drugs.missed].filter(([id]) => id.startsWith('drug:'))), 6)}

The same figures over the corpus of ${corpus.length} real records (test/fixtures/corpus/, never tuned on for coverage):
  coverage, general jargon:   ${plainCorpus.ours} of ${plainCorpus.all} occurrences = ${pct(plainCorpus.ours, plainCorpus.all)}
  coverage, with drug names:  ${drugsCorpus.ours} of ${drugsCorpus.all} occurrences = ${pct(drugsCorpus.ours, drugsCorpus.all)}
  occurrences left unexplained by the sense rules (another meaning there): ${plainCorpus.dropped}
  glossary terms found per record, median: ${median(corpusPerRecord)} distinct terms
  most frequent jargon not defined: ${top(plainCorpus.missed, 12)}

Glossary alone, per record (summary + description + eligibility):
  glossary terms found per record, median: ${median(perRecord.map((r) => r.distinct))} distinct terms, ${median(perRecord.map((r) => r.occurrences))} occurrences
  (min ${Math.min(...perRecord.map((r) => r.distinct))}, max ${Math.max(...perRecord.map((r) => r.distinct))} distinct)
  terms occurring at least once: ${seenMain.size} of ${TERMS.length} in summary + description + eligibility;
  ${seenAny.size} of ${TERMS.length} when conditions, keywords, arm and intervention descriptions and outcome measures are added
  only in those other fields: ${onlyMore.join(', ') || 'none'}
  in no field of any record: ${never.join(', ') || 'none'}

Matcher in Node ${process.version}: median ${median(times).toFixed(3)} ms per 10 kB of record text (${times.length} runs, warm).`);
