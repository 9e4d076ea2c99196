import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { formatters } from '../src/i18n/index.js';
import { headlineText, HEADLINE_MAX } from '../src/i18n/statements.js';
import { factText, riskText, trustText } from '../src/i18n/meaning-statements.js';
import {
  PHASE_KEYS,
  RISK_RULES,
  STATUSES,
  contextOf,
  factsOf,
  headlineOf,
  monthsBetween,
  phaseKey,
  risksOf,
  trustOf,
  type HeadlineParts,
} from '../src/view-model/plain.js';
import { ownWords, valuesAt } from '../src/view-model/provenance.js';
import {
  fleschKincaidGrade,
  markdownToText,
  readingLevel,
  syllables,
} from '../src/view-model/readability.js';
import { FIXED_NOW, fixtureIds, loadFixture } from './helpers.js';
import { templates } from './sentence-templates.js';

const f = formatters('en');
const short = (items: string[]) => f.list(items);

/** A record with only the given protocol modules (an input for one rule, not a recorded study). */
function protocol(modules: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return contextOf({ protocolSection: modules, ...extra }, FIXED_NOW);
}

/** The kinds of notes a record gives. */
const kinds = (modules: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  risksOf(protocol(modules, extra)).map((r) => r.kind);

/** The grade of the sentences the card writes, with record values replaced by a short placeholder word. */
const PLACEHOLDER = 'it';

describe('phase keys', () => {
  const cases: [string[], string | undefined][] = [
    [['EARLY_PHASE1'], 'EARLY_PHASE1'],
    [['PHASE1'], 'PHASE1'],
    [['PHASE2', 'PHASE1'], 'PHASE1_PHASE2'],
    [['PHASE1', 'PHASE2'], 'PHASE1_PHASE2'],
    [['PHASE2'], 'PHASE2'],
    [['PHASE2', 'PHASE3'], 'PHASE2_PHASE3'],
    [['PHASE3'], 'PHASE3'],
    [['PHASE4'], 'PHASE4'],
    [['NA'], 'NA'],
    [[], undefined],
    [['PHASE1', 'PHASE3'], undefined],
    [['PHASE9'], undefined],
  ];
  for (const [phases, expected] of cases) {
    it(`${phases.join('+') || 'none'} → ${expected}`, () =>
      expect(phaseKey(phases)).to.equal(expected));
  }
});

describe('risk rules', () => {
  it('are in a fixed order, one per fact', () => {
    expect(RISK_RULES.map((r) => r.id)).to.deep.equal([
      'phase',
      'status',
      'single-arm',
      'open-label',
      'placebo',
      'small-enrollment',
      'no-results',
      'serious-adverse-events',
      'deaths',
      'other-adverse-events',
      'top-serious-events',
    ]);
  });

  for (const key of PHASE_KEYS) {
    it(`explains phase ${key} in plain words, citing the phases field`, () => {
      const phases = key === 'NA' ? ['NA'] : key.split('_');
      const [note] = risksOf(protocol({ designModule: { phases } }));
      expect(note).to.deep.equal({
        kind: 'phase',
        phase: key,
        sources: ['protocolSection.designModule.phases'],
      });
      const text = riskText(note!, en, f).text;
      expect(text).to.equal(en.risks.phase[key]);
      expect(fleschKincaidGrade(text), text).to.be.at.most(8);
    });
  }

  for (const status of STATUSES) {
    it(`explains status ${status} in plain words`, () => {
      const notes = risksOf(
        protocol({ statusModule: { overallStatus: status, whyStopped: 'Funding ended' } }),
      );
      const note = notes.find((n) => n.kind === 'status')!;
      const { text, quote } = riskText(note, en, f);
      expect(text).to.be.a('string').and.not.equal('');
      expect(fleschKincaidGrade(text), text).to.be.at.most(8);
      expect(en.status[status], 'status words').to.be.a('string');
      expect(en.headline.status[status], 'headline words').to.be.a('string');
      // whyStopped belongs to stopped studies only, quoted verbatim as the sponsor's words.
      const stopped = ['TERMINATED', 'WITHDRAWN', 'SUSPENDED'].includes(status);
      expect(quote).to.deep.equal(
        stopped ? { caption: en.risks.whyStopped, text: 'Funding ended' } : undefined,
      );
      expect(note.sources).to.include('protocolSection.statusModule.overallStatus');
      if (stopped) expect(note.sources).to.include('protocolSection.statusModule.whyStopped');
    });
  }

  // "Now" carries its date: a status that speaks of now is dated by the record's last check, or says it has none.
  const dated: [string, Record<string, unknown>, string][] = [
    [
      'recruiting, checked long ago',
      { overallStatus: 'RECRUITING', statusVerifiedDate: '2024-03' },
      `${en.risks.status['RECRUITING']} The study team last confirmed this in March 2024.`,
    ],
    [
      'recruiting, never dated',
      { overallStatus: 'RECRUITING' },
      `${en.risks.status['RECRUITING']} ${en.risks.unchecked}`,
    ],
    [
      'active, never dated',
      { overallStatus: 'ACTIVE_NOT_RECRUITING' },
      `${en.risks.status['ACTIVE_NOT_RECRUITING']} ${en.risks.unchecked}`,
    ],
    [
      'recruiting, checked this month',
      { overallStatus: 'RECRUITING', statusVerifiedDate: '2026-11' },
      en.risks.status['RECRUITING']!,
    ],
    [
      'completed, never dated (an ended study speaks of the past)',
      { overallStatus: 'COMPLETED' },
      en.risks.status['COMPLETED']!,
    ],
  ];
  for (const [name, statusModule, expected] of dated) {
    it(`dates a status that speaks of now: ${name}`, () => {
      const note = risksOf(protocol({ statusModule })).find((n) => n.kind === 'status')!;
      expect(riskText(note, en, f).text).to.equal(expected);
    });
  }

  const design = (info: Record<string, unknown>, type = 'INTERVENTIONAL') => ({
    designModule: { studyType: type, designInfo: info },
  });
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['one group, interventional', design({ interventionModel: 'SINGLE_GROUP' }), ['single-arm']],
    [
      'one group, observational',
      design({ interventionModel: 'SINGLE_GROUP' }, 'OBSERVATIONAL'),
      [],
    ],
    ['parallel groups', design({ interventionModel: 'PARALLEL' }), []],
    ['open label', design({ maskingInfo: { masking: 'NONE' } }), ['open-label']],
    ['double blind', design({ maskingInfo: { masking: 'DOUBLE' } }), []],
    [
      'a placebo arm, recruiting',
      {
        statusModule: { overallStatus: 'RECRUITING' },
        armsInterventionsModule: { armGroups: [{ type: 'PLACEBO_COMPARATOR' }] },
      },
      ['status', 'placebo'],
    ],
    [
      'a sham arm, not yet recruiting',
      {
        statusModule: { overallStatus: 'NOT_YET_RECRUITING' },
        armsInterventionsModule: { armGroups: [{ type: 'SHAM_COMPARATOR' }] },
      },
      ['status', 'placebo'],
    ],
    // "If you take part, you might get a placebo" is for studies people can still join.
    [
      'a placebo arm, completed',
      {
        statusModule: { overallStatus: 'COMPLETED' },
        armsInterventionsModule: { armGroups: [{ type: 'PLACEBO_COMPARATOR' }] },
      },
      ['status', 'no-results'],
    ],
    [
      'a placebo arm, not taking new people',
      {
        statusModule: { overallStatus: 'ACTIVE_NOT_RECRUITING' },
        armsInterventionsModule: { armGroups: [{ type: 'PLACEBO_COMPARATOR' }] },
      },
      ['status'],
    ],
    [
      'an active comparator',
      { armsInterventionsModule: { armGroups: [{ type: 'ACTIVE_COMPARATOR' }] } },
      [],
    ],
    [
      '49 people',
      { designModule: { enrollmentInfo: { count: 49, type: 'ACTUAL' } } },
      ['small-enrollment'],
    ],
    ['50 people', { designModule: { enrollmentInfo: { count: 50, type: 'ACTUAL' } } }, []],
    [
      'about 0 people (estimate)',
      { designModule: { enrollmentInfo: { count: 0, type: 'ESTIMATED' } } },
      [],
    ],
    [
      'withdrawn with 0 people',
      {
        statusModule: { overallStatus: 'WITHDRAWN' },
        designModule: { enrollmentInfo: { count: 0 } },
      },
      ['status'],
    ],
  ];
  // Records as the API gives them say whether they have results (hasResults: false here).
  for (const [what, modules, expected] of cases) {
    it(`${what} → ${expected.join(', ') || 'no note'}`, () =>
      expect(kinds(modules, { hasResults: false })).to.deep.equal(expected));
  }

  // When the record is silent, the card is silent: "no results have been posted" needs a record that says so.
  const completed = { statusModule: { overallStatus: 'COMPLETED' } };
  const results: [string, Record<string, unknown>, string[]][] = [
    ['hasResults false', { hasResults: false }, ['status', 'no-results']],
    ['no hasResults field (a search projection)', {}, ['status']],
    ['hasResults true', { hasResults: true }, ['status']],
  ];
  for (const [what, extra, expected] of results) {
    it(`a completed study, ${what} → ${expected.join(', ')}`, () =>
      expect(kinds(completed, extra)).to.deep.equal(expected));
  }

  it('names placebo and sham apart', () => {
    const text = (types: string[]) =>
      riskText(
        risksOf(
          protocol({
            armsInterventionsModule: { armGroups: types.map((type) => ({ type })) },
          }),
        ).find((note) => note.kind === 'placebo') ??
          risksOf(
            protocol({
              statusModule: { overallStatus: 'RECRUITING' },
              armsInterventionsModule: { armGroups: types.map((type) => ({ type })) },
            }),
          ).find((note) => note.kind === 'placebo')!,
        en,
        f,
      ).text;
    expect(text(['PLACEBO_COMPARATOR'])).to.include('A placebo is a dummy treatment');
    expect(text(['SHAM_COMPARATOR'])).to.include('sham (a fake procedure');
    expect(text(['PLACEBO_COMPARATOR', 'SHAM_COMPARATOR'])).to.include('placebo or a sham');
  });

  describe('results', () => {
    const results = {
      hasResults: true,
      resultsSection: {
        adverseEventsModule: {
          eventGroups: [
            {
              id: 'EG000',
              title: 'Drug',
              seriousNumAffected: 3,
              seriousNumAtRisk: 10,
              deathsNumAffected: 1,
              deathsNumAtRisk: 10,
            },
            {
              id: 'EG001',
              title: 'Placebo',
              seriousNumAffected: 1,
              seriousNumAtRisk: 12,
              deathsNumAffected: 0,
              deathsNumAtRisk: 12,
            },
          ],
          seriousEvents: [
            {
              term: 'Pneumonia',
              stats: [
                { groupId: 'EG000', numAffected: 2 },
                { groupId: 'EG001', numAffected: 1 },
              ],
            },
            { term: 'Anaemia', stats: [{ groupId: 'EG000', numAffected: 1 }] },
            {
              term: 'Fall',
              stats: [
                { groupId: 'EG000', numAffected: 1 },
                { groupId: 'EG001', numAffected: 0 },
              ],
            },
            { term: 'Rash', stats: [{ groupId: 'EG001', numAffected: 0 }] },
            { term: 'Sepsis', stats: [{ groupId: 'EG001', numAffected: 1 }] },
          ],
        },
      },
    };
    it('gives the share with serious events and deaths per group, and the three most frequent events', () => {
      const notes = risksOf(protocol({}, results));
      expect(notes.map((n) => n.kind)).to.deep.equal([
        'serious-adverse-events',
        'deaths',
        'top-serious-events',
      ]);
      expect(riskText(notes[0]!, en, f).items).to.deep.equal([
        'Drug: 3 of 10 people (30%)',
        'Placebo: 1 of 12 people (8.3%)',
      ]);
      expect(riskText(notes[1]!, en, f).items).to.deep.equal([
        'Drug: 1 of 10 people (10%)',
        'Placebo: 0 of 12 people (0%)',
      ]);
      // The count of the group where each was most common (groups can overlap); ties alphabetically; events nobody had left out.
      expect(riskText(notes[2]!, en, f).items).to.deep.equal([
        'Pneumonia (2 people in one group)',
        'Anaemia (1 person in one group)',
        'Fall (1 person in one group)',
      ]);
    });
    it('says nothing about deaths when none were reported', () => {
      const none = structuredClone(results);
      none.resultsSection.adverseEventsModule.eventGroups[0]!.deathsNumAffected = 0;
      expect(risksOf(protocol({}, none)).map((n) => n.kind)).to.not.include('deaths');
    });
  });
});

describe('trust notes', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>, string[]][] = [
    ['verified 12 months ago', { statusModule: { statusVerifiedDate: '2025-11' } }, {}, []],
    [
      'verified 13 months ago',
      { statusModule: { statusVerifiedDate: '2025-10' } },
      {},
      ['not-verified'],
    ],
    [
      'status unknown',
      { statusModule: { overallStatus: 'UNKNOWN', lastKnownStatus: 'RECRUITING' } },
      {},
      ['unknown-status'],
    ],
    [
      'results posted',
      { statusModule: { resultsFirstPostDateStruct: { date: '2020-02-11', type: 'ACTUAL' } } },
      { hasResults: true },
      ['results-posted'],
    ],
  ];
  for (const [what, modules, extra, expected] of cases) {
    it(`${what} → ${expected.join(', ') || 'no note'}`, () => {
      const notes = trustOf(protocol(modules, extra));
      expect(notes.map((n) => n.kind)).to.deep.equal(expected);
      for (const note of notes) {
        const text = trustText(note, en, f);
        expect(text).to.not.match(/undefined|NaN/);
      }
    });
  }

  it('counts months from a month-only date', () => {
    expect(monthsBetween({ year: 2025, month: 10 }, FIXED_NOW)).to.equal(13);
    expect(monthsBetween({ year: 2026, month: 10, day: 15 }, FIXED_NOW)).to.equal(0);
    expect(
      trustText(trustOf(protocol({ statusModule: { statusVerifiedDate: '2024-11' } }))[0]!, en, f),
    ).to.equal(
      'The study team last confirmed the status of this study in November 2024. It may be out of date.',
    );
  });

  it('gives the last known status with an unknown one', () => {
    const [note] = trustOf(
      protocol({ statusModule: { overallStatus: 'UNKNOWN', lastKnownStatus: 'RECRUITING' } }),
    );
    expect(trustText(note!, en, f)).to.include('The last status they gave was: Recruiting.');
  });
});

describe('headlines', () => {
  const parts = (p: Partial<HeadlineParts>): HeadlineParts => ({
    stage: 'PHASE1',
    interventions: ['huCART-meso cells'],
    conditions: ['pancreatic cancer'],
    status: 'TERMINATED',
    sources: [],
    ...p,
  });
  const cases: [string, Partial<HeadlineParts>, string | undefined][] = [
    [
      'the example page’s study',
      {},
      'Early safety study of huCART-meso cells for pancreatic cancer — stopped early',
    ],
    [
      'early phase 1',
      { stage: 'EARLY_PHASE1', status: 'RECRUITING' },
      'Very early study of huCART-meso cells for pancreatic cancer — recruiting',
    ],
    [
      'phase 1/2',
      { stage: 'PHASE1_PHASE2' },
      'Early-stage study of huCART-meso cells for pancreatic cancer — stopped early',
    ],
    [
      'phase 2',
      { stage: 'PHASE2', status: 'COMPLETED' },
      'Mid-stage study of huCART-meso cells for pancreatic cancer — completed',
    ],
    [
      'phase 2/3',
      { stage: 'PHASE2_PHASE3', status: 'SUSPENDED' },
      'Mid- to late-stage study of huCART-meso cells for pancreatic cancer — paused',
    ],
    [
      'phase 3',
      { stage: 'PHASE3', status: 'ACTIVE_NOT_RECRUITING' },
      'Late-stage study of huCART-meso cells for pancreatic cancer — ongoing',
    ],
    [
      'phase 4',
      { stage: 'PHASE4', status: 'WITHDRAWN' },
      'Phase 4 study of huCART-meso cells for pancreatic cancer — withdrawn',
    ],
    [
      'no phase',
      { stage: 'NA', status: 'UNKNOWN' },
      'Study of huCART-meso cells for pancreatic cancer — status unknown',
    ],
    [
      'observational',
      { stage: 'OBSERVATIONAL', interventions: [], status: 'RECRUITING' },
      'Observational study about pancreatic cancer — recruiting',
    ],
    [
      'expanded access',
      { stage: 'EXPANDED_ACCESS', status: 'AVAILABLE' },
      'Expanded access to huCART-meso cells for pancreatic cancer — available',
    ],
    [
      'two interventions',
      { interventions: ['A', 'B'] },
      'Early safety study of A and B for pancreatic cancer — stopped early',
    ],
    [
      'four interventions',
      { interventions: ['A', 'B', 'C', 'D'] },
      'Early safety study of A and 3 other interventions for pancreatic cancer — stopped early',
    ],
    [
      'no status',
      { status: undefined },
      'Early safety study of huCART-meso cells for pancreatic cancer',
    ],
    [
      'too long with the status: the status goes first',
      { conditions: ['metastatic pancreatic ductal adenocarcinoma'] },
      'Early safety study of huCART-meso cells for metastatic pancreatic ductal adenocarcinoma',
    ],
    ['no intervention (too thin)', { interventions: [] }, undefined],
    ['no condition: what is tested only', { conditions: [] }, undefined],
    ['observational without a condition', { stage: 'OBSERVATIONAL', conditions: [] }, undefined],
    ['far too long', { interventions: ['x'.repeat(100)] }, undefined],
  ];
  for (const [what, p, expected] of cases) {
    it(`${what}`, () => {
      const headline = headlineText(parts(p), en, f);
      expect(headline).to.equal(expected);
      if (headline) expect(headline.length).to.be.at.most(HEADLINE_MAX);
    });
  }

  it('names what is tested before procedures, and leaves out placebo', () => {
    const c = protocol({
      designModule: { phases: ['PHASE3'] },
      conditionsModule: { conditions: ['Asthma'] },
      armsInterventionsModule: {
        interventions: [
          { type: 'PROCEDURE', name: 'Bronchial Thermoplasty' },
          { type: 'DRUG', name: 'Placebo' },
          { type: 'DRUG', name: 'Budesonide' },
        ],
      },
    });
    expect(headlineOf(c).interventions).to.deep.equal(['Budesonide', 'Bronchial Thermoplasty']);
  });

  it('leaves study procedures that measure (samples, questionnaires, scans) out of what is tested', () => {
    const c = protocol({
      designModule: { phases: ['PHASE3'] },
      conditionsModule: { conditions: ['Asthma'] },
      armsInterventionsModule: {
        interventions: [
          { type: 'PROCEDURE', name: 'Biospecimen Collection' },
          { type: 'OTHER', name: 'Questionnaire Administration' },
          { type: 'DRUG', name: 'Budesonide' },
        ],
      },
    });
    expect(headlineOf(c).interventions).to.deep.equal(['Budesonide']);
  });
});

describe('facts', () => {
  // A record with no arm groups (a search result, NCT05105685) does not say who got what: the comparison is told
  // without "some people … instead" (a crossover gives everyone both in turn).
  it('tells a comparison without arms as a comparison only', () => {
    const c = protocol(
      {
        statusModule: { overallStatus: 'COMPLETED' },
        designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE1', 'PHASE2'] },
        armsInterventionsModule: {
          interventions: [{ name: 'recombinant human growth hormone' }, { name: 'Saline' }],
        },
      },
      { hasResults: false },
    );
    const texts = factsOf(c).map((fact) => factText(fact, en, f, short));
    expect(texts).to.include('The study tested recombinant human growth hormone.');
    expect(texts).to.include('The study compared what it tested with Saline.');
    expect(texts.join(' ')).to.not.include('some people');
  });

  it('writes who, how, how many and where the study stands', () => {
    const c = protocol({
      statusModule: { overallStatus: 'RECRUITING', statusVerifiedDate: '2026-10' },
      designModule: {
        studyType: 'INTERVENTIONAL',
        designInfo: {
          allocation: 'RANDOMIZED',
          interventionModel: 'PARALLEL',
          maskingInfo: {
            masking: 'TRIPLE',
            whoMasked: ['PARTICIPANT', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'],
          },
        },
        enrollmentInfo: { count: 270, type: 'ESTIMATED' },
      },
      conditionsModule: { conditions: ['Asthma'] },
      armsInterventionsModule: {
        armGroups: [{ type: 'EXPERIMENTAL' }, { type: 'PLACEBO_COMPARATOR' }],
        interventions: [
          { type: 'DRUG', name: 'Budesonide' },
          { type: 'DRUG', name: 'Placebo' },
        ],
      },
      eligibilityModule: {
        minimumAge: '18 Years',
        maximumAge: '1 Year',
        sex: 'FEMALE',
        healthyVolunteers: false,
      },
    });
    expect(factsOf(c).map((fact) => factText(fact, en, f, short))).to.deep.equal([
      'The study tests Budesonide (drug).',
      'Some people get a placebo instead. A placebo is a dummy treatment with no medicine in it.',
      'It is for people with Asthma, aged 18 years to 1 year, women only. Healthy people cannot take part.',
      'People are put into groups by chance.',
      'People are in separate groups at the same time.',
      'To keep the results fair, the people taking part, the researchers, and the people who check the results do not know who gets which treatment.',
      'About 270 people are expected to take part.',
    ]);
  });
});

describe('facts for other kinds of study', () => {
  const text = (modules: Record<string, unknown>) =>
    factsOf(protocol(modules)).map((fact) => factText(fact, en, f, short));
  it('says what a prevention study is about, rather than who has the condition', () => {
    expect(
      text({
        conditionsModule: { conditions: ['Falls'] },
        statusModule: { overallStatus: 'RECRUITING' },
        designModule: { designInfo: { primaryPurpose: 'PREVENTION' } },
        eligibilityModule: { minimumAge: '65 Years' },
      })[0],
    ).to.equal('The study is about Falls. It is for people aged 65 years or older.');
    expect(
      text({
        conditionsModule: { conditions: ['Falls'] },
        statusModule: { overallStatus: 'COMPLETED' },
        designModule: { designInfo: { primaryPurpose: 'PREVENTION' } },
        eligibilityModule: { minimumAge: '65 Years' },
      })[0],
    ).to.equal('The study was about Falls. It was for people aged 65 years or older.');
  });
  it('says nothing is tested in an observational study', () => {
    const facts = text({
      designModule: { studyType: 'OBSERVATIONAL' },
      armsInterventionsModule: {
        interventions: [{ type: 'OTHER', name: 'Food texture modification' }],
      },
    });
    expect(facts.some((t) => t.startsWith('The study tests'))).to.equal(false);
  });
  it('leaves placebo, sham and vehicle arms out of what is tested, but not a shampoo', () => {
    const facts = text({
      statusModule: { overallStatus: 'RECRUITING' },
      armsInterventionsModule: {
        interventions: [
          { type: 'DRUG', name: 'Placebo tablet' },
          { type: 'DEVICE', name: 'Sham stimulation' },
          { type: 'DRUG', name: 'Ketoconazole shampoo' },
        ],
      },
    });
    expect(facts[0]).to.equal('The study tests Ketoconazole shampoo (drug).');
  });
});

describe('readability', () => {
  const words: [string, number][] = [
    ['cat', 1],
    ['study', 2],
    ['people', 2],
    ['treatment', 2],
    ['participants', 4],
    ['randomised', 3],
    ['immunotherapy', 6],
  ];
  for (const [word, expected] of words) {
    it(`${word}: ${expected} syllable(s)`, () => expect(syllables(word)).to.equal(expected));
  }
  it('grades simple and hard text apart', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was a good day.')).to.be.below(3);
    expect(
      fleschKincaidGrade(
        'Pharmacokinetic characterisation of investigational immunomodulatory monoclonal antibodies necessitates comprehensive longitudinal evaluation.',
      ),
    ).to.be.above(16);
    expect(fleschKincaidGrade('')).to.equal(undefined);
  });
  const levels: [number, string][] = [
    [4, 'easy'],
    [8, 'plain'],
    [11, 'high-school'],
    [14, 'college'],
    [19, 'graduate'],
  ];
  for (const [grade, level] of levels)
    it(`grade ${grade} is ${level}`, () => expect(readingLevel(grade)).to.equal(level));
  it('reads markdown as its words', () => {
    expect(markdownToText('* one \\[two\\]\n1. **three** [four](https://x.example)')).to.equal(
      'one [two]\nthree four',
    );
  });
});

describe('the card’s own sentence templates are at grade 8 or below', () => {
  const all = templates(en, PLACEHOLDER);
  for (const [name, text] of all) {
    it(`${name}`, () => expect(fleschKincaidGrade(text), text).to.be.at.most(8));
  }
});

describe('plain language on every recorded study', () => {
  it('writes no empty or "undefined" sentence, and every statement has a source with the registry’s words', async () => {
    for (const nct of await fixtureIds()) {
      const study = await loadFixture(nct);
      const c = contextOf(study, FIXED_NOW);
      const statements = [
        ...factsOf(c).map((fact) => ({
          text: factText(fact, en, f, short),
          sources: fact.sources,
        })),
        ...risksOf(c).map((note) => {
          const r = riskText(note, en, f);
          return { text: [r.text, ...(r.items ?? [])].join(' '), sources: note.sources };
        }),
        ...trustOf(c).map((note) => ({ text: trustText(note, en, f), sources: note.sources })),
      ];
      expect(statements.length, nct).to.be.greaterThan(3);
      for (const { text, sources } of statements) {
        expect(text.trim(), `${nct}: empty sentence`).to.not.equal('');
        expect(text, nct).to.not.match(/\bundefined\b|\bNaN\b|\bnull\b|\[object/);
        expect(sources.length, `${nct}: ${text}`).to.be.greaterThan(0);
        expect(
          ownWords(study, sources).length,
          `${nct}: no registry words behind "${text}"`,
        ).to.be.greaterThan(0);
      }
      const headline = headlineText(headlineOf(c), en, f);
      if (headline !== undefined) expect(headline.length).to.be.at.most(HEADLINE_MAX);
    }
  });

  it('reads registry values at a path, across arrays', async () => {
    const study = await loadFixture('NCT06097962');
    expect(valuesAt(study, 'protocolSection.designModule.phases')).to.deep.equal(['EARLY_PHASE1']);
    expect(
      valuesAt(study, 'protocolSection.armsInterventionsModule.interventions[].type'),
    ).to.deep.equal(['DRUG', 'DRUG']);
    expect(valuesAt(study, 'protocolSection.nothing.here')).to.deep.equal([]);
  });
});
