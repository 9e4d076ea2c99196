/**
 * The card's own sentence templates with record values replaced by a placeholder word: the set held to
 * Flesch–Kincaid grade 8 in English (plain.test.ts) and scored with Fernández-Huerta in Spanish
 * (i18n-es.test.ts). Every template is taken in every tense and every "Can I join?" answer it has.
 */
import type { Strings } from '../src/i18n/index.js';
import { JOIN_STATES, type Tense } from '../src/view-model/join.js';

const TENSES: Tense[] = ['present', 'past', 'future', 'meant'];
const STATUSES_BY_STATE = [
  'RECRUITING',
  'NOT_YET_RECRUITING',
  'ENROLLING_BY_INVITATION',
  'AVAILABLE',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'TEMPORARILY_NOT_AVAILABLE',
  'COMPLETED',
  'TERMINATED',
  'NO_LONGER_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHDRAWN',
  'UNKNOWN',
];

/** `[name, sentence]` for every template of table `t`, `x` standing for each record value. */
export function templates(t: Strings, x: string): [string, string][] {
  const perTense = (name: string, sentence: (tense: Tense) => string | undefined) =>
    TENSES.map((tense): [string, string] => [`${name} (${tense})`, sentence(tense) ?? '']);
  return [
    ...Object.entries(t.risks.phase),
    ...Object.entries(t.risks.status),
    ...JOIN_STATES.flatMap((state) =>
      STATUSES_BY_STATE.flatMap((status) =>
        [false, true].map((stale): [string, string] => [
          `join ${state} ${status}${stale ? ' stale' : ''}`,
          t.join.answer({
            state,
            status,
            stale,
            asOf: x,
            start: { date: x, passed: stale },
            lastKnown: x,
          }),
        ]),
      ),
    ),
    ['join means', t.join.means(true)],
    ['expanded access', t.join.expandedAccess],
    ...['RANDOMIZED', 'NON_RANDOMIZED'].flatMap((a) =>
      perTense(`allocation ${a}`, (tense) => t.facts.allocation(a, tense)),
    ),
    ...['SINGLE_GROUP', 'PARALLEL', 'CROSSOVER', 'FACTORIAL', 'SEQUENTIAL'].flatMap((m) =>
      perTense(`model ${m}`, (tense) => t.facts.model(m, tense)),
    ),
    ...perTense('single-arm', (tense) => t.risks['single-arm'](tense)),
    ...perTense('open-label', (tense) => t.risks['open-label'](tense)),
    ['placebo', t.risks.placebo(true, false)],
    ['sham', t.risks.placebo(false, true)],
    ...perTense('compared', (tense) =>
      t.facts.compared({ names: x, placebo: false, sham: false, none: false }, tense),
    ),
    ...perTense('compared, no arms', (tense) =>
      t.facts.compared(
        { names: x, placebo: false, sham: false, none: false, armless: true },
        tense,
      ),
    ),
    ...perTense('compared placebo', (tense) =>
      t.facts.compared({ placebo: true, sham: false, none: false }, tense),
    ),
    ...perTense('compared sham', (tense) =>
      t.facts.compared({ placebo: false, sham: true, none: false }, tense),
    ),
    ...perTense('compared none', (tense) =>
      t.facts.compared({ placebo: false, sham: false, none: true }, tense),
    ),
    ...perTense('dummy in tested', (tense) => t.facts.dummyInTested(tense)),
    ['dummy mentioned', t.facts.dummyMentioned(true, true)],
    ...perTense('everyone', (tense) => t.facts.everyone(x, tense)),
    ...perTense('measures', (tense) => t.facts.measures(x, 1, tense)),
    ...perTense('masking none', (tense) => t.facts.masking('NONE', undefined, tense)),
    ...perTense('masking', (tense) => t.facts.masking('DOUBLE', x, tense)),
    ...perTense('enrollment', (tense) => t.facts.enrollment(x, 9, false, false, tense)),
    ...perTense('enrollment estimated', (tense) => t.facts.enrollment(x, 9, true, false, tense)),
    ...perTense('enrollment records', (tense) => t.facts.enrollment(x, 9, false, true, tense)),
    ...perTense('small enrollment', (tense) => t.risks.smallEnrollment(x, 9, false, tense)),
    ...perTense('small enrollment estimated', (tense) =>
      t.risks.smallEnrollment(x, 9, true, tense),
    ),
    ['no results', t.risks.noResults(x)],
    ['serious events', t.risks.seriousIntro(true)],
    ['serious events, observational', t.risks.seriousIntro(false)],
    ['deaths', t.risks.deathsIntro],
    ['other events', t.risks.otherIntro],
    ['papers', t.papers.intro],
    ['unknown status, no last status', t.trust.unknownStatus(undefined)],
    ...JOIN_STATES.flatMap((join) =>
      TENSES.flatMap((tense): [string, string][] => [
        [
          `population, about, ${join} (${tense})`,
          t.facts.population({ conditions: x, ages: x, about: true, join, some: true, tense }),
        ],
        [
          `population, ${join} (${tense})`,
          t.facts.population({ conditions: x, ages: x, join, some: true, tense }),
        ],
      ]),
    ),
    ...['RETROSPECTIVE', 'PROSPECTIVE', 'CROSS_SECTIONAL', 'OTHER'].flatMap((perspective) =>
      perTense(`observed ${perspective}`, (tense) =>
        t.facts.observed({ conditions: x, perspective }, tense),
      ),
    ),
    ['not verified', t.trust.notVerified(x)],
    ['unknown status', t.trust.unknownStatus(x)],
    ['results posted', t.trust.resultsPosted(x)],
    ...perTense('tested', (tense) => t.facts.tested(x, tense)),
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
        ].flatMap((phases) =>
          perTense(`outlook ${purpose} ${phases.join('+')}`, (tense) =>
            t.outlook({ studyType: 'INTERVENTIONAL', purpose, phases, conditions: x, tense }),
          ),
        ),
    ),
    [
      'outlook observational',
      t.outlook({ studyType: 'OBSERVATIONAL', phases: [], conditions: x, tense: 'present' }),
    ],
  ];
}
