import { meaningOf } from '../src/view-model/meaning.js';
import { expect } from '@open-wc/testing';
import '../src/i18n/complete.js';
import { en } from '../src/i18n/en.js';
import { formatters, normaliseLocale, stringsFor } from '../src/i18n/index.js';
import { dateStruct, parsePartialDate } from '../src/view-model/dates.js';
import { isEmail, mailtoHref, telHref } from '../src/view-model/links.js';
import { isInstruction, toStudyView, type StudyView } from '../src/view-model/study.js';
import { FIXED_NOW, loadFixture } from './helpers.js';

/** Per recorded study: status, phases, risk notes, trust notes (by FIXED_NOW), interventions, sites, MeSH terms. */
const FIXTURES: [string, string, string[], string[], string[], number, number, number][] = [
  [
    'NCT00184067',
    'TERMINATED',
    ['PHASE2'],
    ['phase', 'status', 'open-label', 'small-enrollment', 'no-results'],
    ['not-verified'],
    1,
    1,
    1,
  ],
  [
    'NCT00711542',
    'TERMINATED',
    ['PHASE1', 'PHASE2'],
    ['phase', 'status', 'small-enrollment', 'no-results'],
    ['not-verified'],
    2,
    2,
    2,
  ],
  [
    'NCT00763412',
    'COMPLETED',
    ['NA'],
    ['phase', 'status', 'small-enrollment', 'serious-adverse-events', 'other-adverse-events'],
    ['not-verified', 'results-posted'],
    2,
    1,
    6,
  ],
  ['NCT00973089', 'WITHDRAWN', ['NA'], ['phase', 'status'], ['not-verified'], 1, 1, 1],
  [
    'NCT01978912',
    'COMPLETED',
    ['PHASE1', 'PHASE2'],
    [
      'phase',
      'status',
      'open-label',
      'small-enrollment',
      'serious-adverse-events',
      'other-adverse-events',
      'top-serious-events',
    ],
    ['not-verified', 'results-posted'],
    1,
    10,
    2,
  ],
  [
    'NCT02210780',
    'COMPLETED',
    ['PHASE2'],
    ['phase', 'status', 'serious-adverse-events', 'other-adverse-events', 'top-serious-events'],
    ['not-verified', 'results-posted'],
    2,
    42,
    3,
  ],
  [
    'NCT02513394',
    'ACTIVE_NOT_RECRUITING',
    ['PHASE3'],
    [
      'phase',
      'status',
      'open-label',
      'serious-adverse-events',
      'deaths',
      'other-adverse-events',
      'top-serious-events',
    ],
    ['not-verified', 'results-posted'],
    2,
    437,
    1,
  ],
  [
    'NCT02552212',
    'COMPLETED',
    ['PHASE3'],
    ['phase', 'status', 'serious-adverse-events', 'other-adverse-events', 'top-serious-events'],
    ['not-verified', 'results-posted'],
    2,
    105,
    4,
  ],
  [
    'NCT03318939',
    'TERMINATED',
    ['PHASE2'],
    ['phase', 'status', 'single-arm', 'open-label', 'no-results'],
    ['not-verified'],
    1,
    63,
    0,
  ],
  [
    'NCT03630471',
    'COMPLETED',
    ['NA'],
    ['phase', 'status', 'no-results'],
    ['not-verified'],
    2,
    1,
    2,
  ],
  ['NCT03798535', 'COMPLETED', [], ['status', 'no-results'], ['not-verified'], 0, 254, 0],
  [
    'NCT03934567',
    'ACTIVE_NOT_RECRUITING',
    ['PHASE2'],
    ['phase', 'status', 'single-arm', 'open-label'],
    ['not-verified'],
    1,
    26,
    2,
  ],
  [
    'NCT04040387',
    'ENROLLING_BY_INVITATION',
    ['NA'],
    ['phase', 'status', 'placebo'],
    ['not-verified'],
    2,
    4,
    3,
  ],
  [
    'NCT04207047',
    'UNKNOWN',
    ['NA'],
    ['phase', 'status', 'single-arm', 'open-label', 'small-enrollment'],
    ['not-verified', 'unknown-status'],
    5,
    1,
    0,
  ],
  [
    'NCT04267848',
    'RECRUITING',
    ['PHASE3'],
    ['phase', 'status', 'open-label'],
    ['not-verified'],
    12,
    1148,
    2,
  ],
  [
    'NCT04402008',
    'TERMINATED',
    ['PHASE1', 'PHASE2'],
    [
      'phase',
      'status',
      'open-label',
      'small-enrollment',
      'serious-adverse-events',
      'deaths',
      'other-adverse-events',
      'top-serious-events',
    ],
    ['not-verified', 'results-posted'],
    3,
    3,
    0,
  ],
  [
    'NCT04544683',
    'COMPLETED',
    ['PHASE4'],
    [
      'phase',
      'status',
      'single-arm',
      'open-label',
      'small-enrollment',
      'serious-adverse-events',
      'other-adverse-events',
    ],
    ['not-verified', 'results-posted'],
    1,
    1,
    3,
  ],
  [
    'NCT05144685',
    'TERMINATED',
    ['PHASE2', 'PHASE3'],
    ['phase', 'status', 'no-results'],
    ['not-verified'],
    2,
    6,
    3,
  ],
  [
    'NCT05594173',
    'COMPLETED',
    [],
    ['status', 'small-enrollment', 'serious-adverse-events', 'other-adverse-events'],
    ['not-verified', 'results-posted'],
    1,
    1,
    1,
  ],
  [
    'NCT05869903',
    'NOT_YET_RECRUITING',
    ['PHASE3'],
    ['phase', 'status', 'placebo'],
    ['not-verified'],
    2,
    135,
    2,
  ],
  [
    'NCT06097962',
    'RECRUITING',
    ['EARLY_PHASE1'],
    ['phase', 'status', 'open-label', 'small-enrollment'],
    ['not-verified'],
    2,
    1,
    0,
  ],
  [
    'NCT06648538',
    'COMPLETED',
    ['NA'],
    ['phase', 'status', 'no-results'],
    ['not-verified'],
    1,
    1,
    1,
  ],
];

/** Every string a view holds, to check none is empty or a leaked placeholder. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('toStudyView on every recorded study', () => {
  for (const [nct, status, phases, risks, trust, interventions, sites, mesh] of FIXTURES) {
    describe(nct, () => {
      let view: StudyView;
      let record: Awaited<ReturnType<typeof loadFixture>>;
      before(async () => {
        record = await loadFixture(nct);
        view = toStudyView(record, nct as `NCT${string}`, FIXED_NOW);
      });

      it('reads the header', () => {
        expect(view.header.nct).to.equal(nct);
        expect(view.header.status).to.equal(status);
        expect(view.header.phases).to.deep.equal(phases);
        expect(view.header.title).to.equal(
          record.protocolSection!.identificationModule!.briefTitle,
        );
        expect(en.status[status], 'status has words').to.be.a('string');
        for (const phase of phases) expect(en.phase[phase], `${phase} has words`).to.be.a('string');
      });

      it('derives the risk notes from the record only', () => {
        expect(meaningOf(view).risks.map((r) => r.kind)).to.deep.equal(risks);
        expect(meaningOf(view).trust.map((r) => r.kind)).to.deep.equal(trust);
        const stopped = meaningOf(view).risks.find((r) => r.kind === 'status' && r.whyStopped);
        if (stopped?.kind === 'status') {
          expect(stopped.whyStopped).to.equal(
            record.protocolSection!.statusModule!.whyStopped!.trim(),
          );
        }
      });

      it('lists interventions, sites and standard terms', () => {
        expect(meaningOf(view).interventions).to.have.length(interventions);
        expect(view.contacts.sites).to.have.length(sites);
        expect(view.conditions.mesh).to.have.length(mesh);
        for (const i of meaningOf(view).interventions) {
          if (i.type) expect(en.interventionType[i.type], i.type).to.be.a('string');
        }
      });

      it('holds no empty or placeholder string', () => {
        for (const s of strings(view)) {
          expect(s.trim(), 'empty string').to.not.equal('');
          expect(s).to.not.match(/^(undefined|null|NaN|\[object Object\])$/);
        }
      });

      it('keeps dates in order with their precision', () => {
        const kinds = view.dates.map((d) => d.kind);
        const order = [
          'firstPosted',
          'lastUpdated',
          'lastVerified',
          'resultsPosted',
          'start',
          'primaryCompletion',
          'completion',
        ];
        expect(kinds).to.deep.equal(order.filter((k) => kinds.includes(k as never)));
        expect(kinds).to.include('firstPosted');
      });
    });
  }
});

describe('toStudyView on malformed input', () => {
  const cases: [string, unknown][] = [
    ['an empty object', {}],
    [
      'null modules',
      { protocolSection: { identificationModule: null, statusModule: null, designModule: null } },
    ],
    [
      'wrong types',
      {
        protocolSection: {
          identificationModule: { briefTitle: 42 },
          designModule: { phases: 'PHASE1' },
          conditionsModule: { conditions: [null, 3, ' ', 'Asthma'] },
        },
      },
    ],
    [
      'unknown codes',
      {
        protocolSection: {
          statusModule: { overallStatus: 'NEW_STATUS' },
          designModule: { phases: ['PHASE9'] },
        },
      },
    ],
    [
      'bad dates',
      {
        protocolSection: {
          statusModule: {
            startDateStruct: { date: '2020-13' },
            completionDateStruct: { date: 2020 },
            studyFirstPostDateStruct: '2020-01-01',
          },
        },
      },
    ],
  ];
  for (const [what, input] of cases) {
    it(`survives ${what}`, () => {
      const view = toStudyView(input as never, 'NCT00000001', FIXED_NOW);
      expect(view.header.title).to.be.a('string').and.not.equal('');
      // What the card shows (the rules' raw input, `context`, may hold empty text).
      for (const s of strings({ ...view, context: undefined })) expect(s.trim()).to.not.equal('');
    });
  }

  it('gives no small-study note for an estimate of 0', () => {
    const kinds = (type: string) =>
      meaningOf(
        toStudyView(
          { protocolSection: { designModule: { enrollmentInfo: { count: 0, type } } } } as never,
          'NCT00000001',
          FIXED_NOW,
        ),
      ).risks.map((r) => r.kind);
    expect(kinds('ESTIMATED')).to.deep.equal([]);
    expect(kinds('ACTUAL')).to.deep.equal(['small-enrollment']);
  });

  it('counts serious events only when the numbers make sense', () => {
    const view = toStudyView(
      {
        resultsSection: {
          adverseEventsModule: {
            eventGroups: [
              { title: 'A', seriousNumAffected: 3, seriousNumAtRisk: 10 },
              { title: 'B', seriousNumAffected: 11, seriousNumAtRisk: 10 },
              { title: 'C', seriousNumAffected: 1, seriousNumAtRisk: 0 },
              { title: 'D', seriousNumAffected: '1', seriousNumAtRisk: 4 },
            ],
          },
        },
      } as never,
      'NCT00000001',
      FIXED_NOW,
    );
    const note = meaningOf(view).risks.find((r) => r.kind === 'serious-adverse-events');
    expect(note?.kind === 'serious-adverse-events' && note.groups).to.deep.equal([
      { title: 'A', affected: 3, atRisk: 10 },
    ]);
  });

  it('says "no results" only a year after the end date, by the clock', () => {
    const record = (date: string) =>
      ({
        protocolSection: {
          statusModule: {
            overallStatus: 'COMPLETED',
            completionDateStruct: { date, type: 'ACTUAL' },
          },
        },
        hasResults: false,
      }) as never;
    const kinds = (date: string) =>
      meaningOf(toStudyView(record(date), 'NCT00000001', FIXED_NOW)).risks.map((r) => r.kind);
    // FIXED_NOW is 2026-11-01T12:00Z; results are due within a year of the end.
    expect(kinds('2025-10')).to.include('no-results');
    expect(kinds('2025-10-31')).to.include('no-results');
    expect(kinds('2025-11-02')).to.not.include('no-results');
    expect(kinds('2026-10')).to.not.include('no-results');
    expect(kinds('2027')).to.not.include('no-results');
  });
});

describe('partial dates', () => {
  const cases: [unknown, ReturnType<typeof parsePartialDate>][] = [
    ['2015', { year: 2015 }],
    ['2015-08', { year: 2015, month: 8 }],
    ['2015-08-31', { year: 2015, month: 8, day: 31 }],
    ['2015-02-29', undefined],
    ['2016-02-29', { year: 2016, month: 2, day: 29 }],
    ['2015-13', undefined],
    ['2015-8', undefined],
    ['Aug 2015', undefined],
    [2015, undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)}`, () => expect(parsePartialDate(input)).to.deep.equal(expected));
  }

  it('reads a date struct with and without a type', () => {
    expect(dateStruct({ date: '2020-01', type: 'ESTIMATED' })).to.deep.equal({
      date: { year: 2020, month: 1 },
      estimated: true,
    });
    expect(dateStruct({ date: '2020-01' })).to.deep.equal({
      date: { year: 2020, month: 1 },
      estimated: false,
    });
    expect(dateStruct(null)).to.equal(undefined);
  });

  const formats: [string, string, string][] = [
    ['en', '2015', '2015'],
    ['en', '2015-08', 'August 2015'],
    ['en', '2015-08-01', 'August 1, 2015'],
    ['en-GB', '2015-08-01', '1 August 2015'],
    ['es', '2015-08', 'agosto de 2015'],
  ];
  for (const [locale, input, expected] of formats) {
    it(`formats ${input} in ${locale} as "${expected}"`, () => {
      expect(formatters(locale).partialDate(parsePartialDate(input)!)).to.equal(expected);
    });
  }
});

describe('contact links', () => {
  const phones: [string, string | undefined, string | undefined][] = [
    ['+86 186 2166 8515', undefined, 'tel:+8618621668515'],
    ['1-317-615-4559', '123', 'tel:13176154559;ext=123'],
    ['(617) 555-0100', 'ext. 42', 'tel:6175550100;ext=42'],
    ['1-877-CTLILLY (1-877-285-4559)', undefined, undefined],
    ['555 0100 or 555 0101', undefined, undefined],
    ['12', undefined, undefined],
    ['1+2345678', undefined, undefined],
  ];
  for (const [phone, ext, expected] of phones) {
    it(`tel: ${phone}${ext ? ` ext ${ext}` : ''} → ${expected}`, () =>
      expect(telHref(phone, ext)).to.equal(expected));
  }
  const emails: [string, string | undefined][] = [
    ['yanjun@basetherapeutics.com', 'mailto:yanjun@basetherapeutics.com'],
    ['ClinicalTrials.gov@lilly.com', 'mailto:ClinicalTrials.gov@lilly.com'],
    ['x@y.org?cc=a%40evil.org&subject=hi', undefined],
    ['a@b.org,c@d.org', undefined],
    ['a b@c.org', undefined],
    ['not an address', undefined],
    ['a@localhost', undefined],
  ];
  for (const [email, expected] of emails) {
    it(`mailto: ${email} → ${expected}`, () => expect(mailtoHref(email)).to.equal(expected));
  }
  it('accepts plain addresses only', () => {
    expect(isEmail('reader@example.org')).to.equal(true);
    expect(isEmail('reader@example')).to.equal(false);
  });
});

describe('contact names that are instructions', () => {
  const cases: [string, boolean][] = [
    ['Jun Yan, PhD', false],
    ['Site Public Contact', false],
    ['Alexandre BELLIER, MD, PhD', false],
    ['Clinical Trial Management', false],
    [
      'Call 1-877-CTLILLY (1-877-285-4559) or 1-317-615-4559 Mon - Fri 9 AM - 5 PM Eastern time (UTC/GMT - 5 hours, EST)',
      true,
    ],
    ['There may be multiple sites in this clinical trial. 1-877-CTLILLY (1-877-285-4559) or', true],
    ['Please contact the study coordinator', true],
    // A site number is not a phone number (NCT05827016).
    ['Robert Rifkin, Site 0202', false],
  ];
  for (const [name, expected] of cases) {
    it(`${name} → ${expected ? 'note' : 'name'}`, () =>
      expect(isInstruction(name)).to.equal(expected));
  }
});

describe('i18n', () => {
  const locales: [string | null, string][] = [
    [null, 'en'],
    ['', 'en'],
    ['en-us', 'en-US'],
    ['es', 'es'],
    ['not a locale!', 'en'],
  ];
  for (const [input, expected] of locales) {
    it(`normalises ${JSON.stringify(input)} to ${expected}`, () =>
      expect(normaliseLocale(input)).to.equal(expected));
  }

  it('falls back to English for a language without a table', () => {
    expect(stringsFor('fr-CA')).to.equal(stringsFor('en'));
    expect(stringsFor('fr-CA').summary.heading).to.equal(en.summary.heading);
    expect(stringsFor('fr-CA').facts.tested).to.equal(en.facts.tested);
  });

  it('marks the explanations as not yet clinically reviewed', () => {
    expect(en.explanationsReviewed).to.equal(false);
  });

  const phases: [string[], string][] = [
    [['Phase 1', 'Phase 2'], 'Phase 1 and 2'],
    [['Phase 2'], 'Phase 2'],
    [['Early phase 1', 'Phase 2'], 'Early phase 1 / Phase 2'],
  ];
  for (const [names, expected] of phases) {
    it(`names ${names.join('+')} "${expected}"`, () => expect(en.phases(names)).to.equal(expected));
  }

  const outlooks: [Parameters<typeof en.outlook>[0], string][] = [
    [
      {
        studyType: 'INTERVENTIONAL',
        purpose: 'TREATMENT',
        phases: ['PHASE2'],
        phaseName: 'Phase 2',
        conditions: 'melanoma',
        tense: 'present',
      },
      'This phase 2 study tests a way to treat melanoma. At this middle step, researchers look at whether the treatment has an effect, and at its side effects.',
    ],
    [
      {
        studyType: 'INTERVENTIONAL',
        purpose: 'TREATMENT',
        phases: ['PHASE2'],
        phaseName: 'Phase 2',
        conditions: 'melanoma',
        tense: 'past',
      },
      'This phase 2 study tested a way to treat melanoma. At this middle step, researchers look at whether the treatment has an effect, and at its side effects.',
    ],
    [
      {
        studyType: 'INTERVENTIONAL',
        purpose: 'PREVENTION',
        phases: ['NA'],
        conditions: 'falls',
        tense: 'meant',
      },
      'This study was meant to test a way to prevent falls.',
    ],
    [
      {
        studyType: 'INTERVENTIONAL',
        purpose: 'PREVENTION',
        phases: ['NA'],
        conditions: 'falls',
        tense: 'future',
      },
      'This study plans to test a way to prevent falls.',
    ],
    [
      { studyType: 'OBSERVATIONAL', phases: [], conditions: 'lung cancer', tense: 'past' },
      'In studies like this one, the researchers do not decide who gets which treatment: they watch and measure. What they find can help plan future research and care.',
    ],
    [
      {
        studyType: 'INTERVENTIONAL',
        purpose: 'NEW_PURPOSE',
        phases: ['PHASE1', 'PHASE2'],
        conditions: 'asthma',
        tense: 'present',
      },
      'This study is about asthma. At this early step, researchers first check safety and dose, then whether the treatment has an effect.',
    ],
    [
      {
        studyType: 'INTERVENTIONAL',
        purpose: 'constructor',
        phases: [],
        conditions: 'asthma',
        tense: 'present',
      },
      'This study is about asthma.',
    ],
  ];
  for (const [input, expected] of outlooks) {
    it(`outlook: ${expected.slice(0, 50)}…`, () => expect(en.outlook(input)).to.equal(expected));
  }
});
