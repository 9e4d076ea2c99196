/**
 * The card's own sentence templates with record values replaced by a placeholder word: the set held to
 * Flesch–Kincaid grade 8 in English (plain.test.ts) and scored with Fernández-Huerta in Spanish
 * (i18n-es.test.ts).
 */
import type { Strings } from '../src/i18n/index.js';

/** `[name, sentence]` for every template of table `t`, `x` standing for each record value. */
export function templates(t: Strings, x: string): [string, string][] {
  return [
    ...Object.entries(t.risks.phase),
    ...Object.entries(t.risks.status),
    ...Object.entries(t.facts.standing),
    ...Object.entries(t.facts.allocation),
    ...Object.entries(t.facts.model),
    ['single-arm', t.risks['single-arm']],
    ['open-label', t.risks['open-label']],
    ['placebo', t.risks.placebo(true, false)],
    ['sham', t.risks.placebo(false, true)],
    ['comparator placebo', t.facts.comparator(true, false)],
    ['comparator sham', t.facts.comparator(false, true)],
    ['masking none', t.facts.masking('NONE', undefined)],
    ['masking', t.facts.masking('DOUBLE', x)],
    ['enrollment', t.facts.enrollment(x, 9, false)],
    ['enrollment estimated', t.facts.enrollment(x, 9, true)],
    ['small enrollment', t.risks.smallEnrollment(x, 9, false)],
    ['small enrollment estimated', t.risks.smallEnrollment(x, 9, true)],
    ['no results', t.risks.noResults(x)],
    ['serious events', t.risks.seriousIntro(true)],
    ['serious events, observational', t.risks.seriousIntro(false)],
    ['unknown status, no last status', t.trust.unknownStatus(undefined)],
    ['population, about', t.facts.population({ conditions: x, ages: x, about: true })],
    ['not verified', t.trust.notVerified(x, x)],
    ['unknown status', t.trust.unknownStatus(x)],
    ['results posted', t.trust.resultsPosted(x)],
    ['population', t.facts.population({ conditions: x, ages: x })],
    ['tested', t.facts.tested(x)],
    ['no risks', t.meaning.noRisks],
    ['intro', t.meaning.intro],
    ...['TREATMENT', 'PREVENTION', 'DIAGNOSTIC', 'SUPPORTIVE_CARE', 'SCREENING', 'OTHER'].flatMap(
      (purpose) =>
        [
          ['PHASE1'],
          ['PHASE2'],
          ['PHASE3'],
          ['PHASE4'],
          ['EARLY_PHASE1'],
          ['PHASE1', 'PHASE2'],
          ['NA'],
        ].map((phases): [string, string] => [
          `outlook ${purpose} ${phases.join('+')}`,
          t.outlook({ studyType: 'INTERVENTIONAL', purpose, phases, conditions: x }),
        ]),
    ),
    ['outlook observational', t.outlook({ studyType: 'OBSERVATIONAL', phases: [], conditions: x })],
  ];
}
