import { expect } from '@open-wc/testing';
import '../src/languages/es.js';
import { ES_DEFINITIONS, ES_REVIEWED } from '../src/glossary/es.js';
import {
  glossaryReviewed,
  definitionOf,
  findTerms,
  termOf,
  type FindTermsOptions,
} from '../src/glossary/match.js';
import { EN_REVIEWED, TERMS, type GlossaryTerm } from '../src/glossary/terms.js';
import { fleschKincaidGrade } from '../src/view-model/readability.js';
import { fixtureIds, loadFixture, median } from './helpers.js';

/** The matches in `text` as `words=id`, in order. */
function found(text: string, glossary?: readonly GlossaryTerm[], options?: FindTermsOptions) {
  return findTerms(text, glossary, options).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);
}

/** A small glossary for rules that the real data need not exercise. */
const entry = (id: string, term: string, forms?: string[]): GlossaryTerm => ({
  id,
  term,
  forms,
  definition: `${term}.`,
  reviewed: false,
});
const SMALL = [
  entry('event', 'event'),
  entry('adverse-event', 'adverse event'),
  entry('ab', 'alpha beta'),
  entry('bc', 'beta gamma'),
  entry('child', 'child', ['children']),
  entry('bias', 'bias'),
];

/** The texts the glossary is for: summary, detailed description and eligibility criteria. */
function textsOf(record: Awaited<ReturnType<typeof loadFixture>>): string {
  const p = record.protocolSection as
    | {
        descriptionModule?: { briefSummary?: string; detailedDescription?: string };
        eligibilityModule?: { eligibilityCriteria?: string };
      }
    | undefined;
  return [
    p?.descriptionModule?.briefSummary,
    p?.descriptionModule?.detailedDescription,
    p?.eligibilityModule?.eligibilityCriteria,
  ]
    .filter((t): t is string => typeof t === 'string')
    .join('\n\n');
}

describe('glossary matching', () => {
  const cases: [string, string, string[]][] = [
    // Word boundaries: letters or digits on either side block a match; punctuation does not.
    ['inside a word', 'preplacebo and placebox', []],
    ['next to a digit', 'placebo2 and 2placebo', []],
    ['before a hyphen', 'placebo-controlled', ['placebo=placebo']],
    ['in brackets', '(placebo).', ['placebo=placebo']],
    ['before a possessive', 'the placebo’s look', ['placebo=placebo']],
    ['hyphenated term', 'a double-blind study', ['double-blind=double-blind']],
    ['hyphen written as a space', 'double blind', ['double blind=double-blind']],
    ['across a line break', 'double\nblind', ['double\nblind=double-blind']],
    ['not across a comma', 'double, blind', []],
    // Plurals: regular endings, and irregular ones listed as forms.
    ['plural -s', 'two cohorts', ['cohorts=cohort']],
    ['plural -ies', 'biopsies', ['biopsies=biopsy']],
    ['plural of the last word', 'lymph nodes', ['lymph nodes=lymph-node']],
    ['plural of a phrase', 'adverse events', ['adverse events=adverse-event']],
    ['irregular plural', 'metastases', ['metastases=metastatic']],
    ['abbreviation plural', 'AEs and TKIs', ['AEs=adverse-event', 'TKIs=tki']],
    // Case: normal words in any case, abbreviations only as written.
    [
      'any case',
      'PLACEBO Placebo Randomised',
      ['PLACEBO=placebo', 'Placebo=placebo', 'Randomised=randomized'],
    ],
    ['abbreviation exact case', 'AST, ast, Ast', ['AST=ast']],
    ['mixed-case abbreviation', 'PD-L1 and pd-l1', ['PD-L1=pd-l1']],
    ['abbreviation inside a compound', 'HER2-negative', ['HER2=her2']],
    // Longest form wins where forms start at the same word.
    ['longest phrase', 'a serious adverse event', ['serious adverse event=serious-adverse-event']],
    ['abbreviation in a phrase', 'ECOG performance status of 1', ['ECOG performance status=ecog']],
    [
      'long name',
      'non-small cell lung cancer (NSCLC)',
      ['non-small cell lung cancer=nsclc', 'NSCLC=nsclc'],
    ],
  ];
  for (const [what, text, expected] of cases) {
    it(`${what}: ${JSON.stringify(text)}`, () => expect(found(text)).to.deep.equal(expected));
  }

  const small: [string, string, string[]][] = [
    ['longest wins', 'an adverse event', ['adverse event=adverse-event']],
    ['shorter when the longer is absent', 'an event', ['event=event']],
    ['no overlap, leftmost first', 'alpha beta gamma', ['alpha beta=ab']],
    ['the later term after the earlier one ends', 'beta gamma', ['beta gamma=bc']],
    ['irregular plural form', 'Children', ['Children=child']],
    ['plural -es', 'biases', ['biases=bias']],
  ];
  for (const [what, text, expected] of small) {
    it(`with a given glossary, ${what}: ${JSON.stringify(text)}`, () =>
      expect(found(text, SMALL)).to.deep.equal(expected));
  }

  it('marks each term once with firstOnly', () => {
    const text = 'Placebo or placebo; consent, then informed consent. Placebo.';
    expect(found(text, undefined, { firstOnly: true })).to.deep.equal([
      'Placebo=placebo',
      'consent=informed-consent',
    ]);
    expect(found(text)).to.have.length(5);
  });

  it('returns nothing for text without words', () => {
    expect(findTerms('')).to.deep.equal([]);
    expect(findTerms(' -- , ')).to.deep.equal([]);
  });
});

describe('glossary data', () => {
  it('has at least 150 terms', () => expect(TERMS.length).to.be.at.least(150));

  it('has unique kebab-case ids', () => {
    const ids = TERMS.map((t) => t.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('says that no clinician has reviewed it', () => {
    expect(EN_REVIEWED).to.equal(false);
    expect(ES_REVIEWED).to.equal(false);
    expect(glossaryReviewed()).to.equal(false);
    for (const t of TERMS) expect(t.reviewed, t.id).to.equal(false);
  });

  it('gives every term a short definition', () => {
    for (const t of TERMS) {
      expect(t.definition.trim(), t.id).to.not.equal('');
      expect(t.definition.length, t.id).to.be.at.most(200);
    }
  });

  it('matches every term and form, as written, to its own term', () => {
    // Sense rules aside: some terms need words around them ("phase 2"); test/glossary-senses.test.ts.
    for (const t of TERMS) {
      for (const form of [t.term, ...(t.forms ?? [])]) {
        expect(findTerms(form, undefined, { allSenses: true }), `${t.id}: ${form}`).to.deep.equal([
          { start: 0, end: form.length, id: t.id },
        ]);
      }
    }
  });

  it('lists no form under two terms', () => {
    const owner = new Map<string, string>();
    for (const t of TERMS) {
      for (const form of new Set([t.term, ...(t.forms ?? [])])) {
        const key = /\p{Ll}\p{Ll}/u.test(form) ? form.toLowerCase() : form;
        expect(owner.get(key), `${form} in ${t.id}`).to.equal(undefined);
        owner.set(key, t.id);
      }
    }
  });

  it('defines no term by one of its own names ("Often called a steroid" for "steroid")', () => {
    for (const t of TERMS) {
      for (const m of findTerms(t.definition, undefined, { allSenses: true })) {
        if (m.id !== t.id) continue;
        expect(t.definition.slice(0, m.start), t.id).to.not.match(/\bcalled\s+(?:an?\s+)?$/i);
      }
    }
  });

  it('writes every English definition at grade 8 or below', () => {
    const grades = TERMS.map((t) => ({ id: t.id, grade: fleschKincaidGrade(t.definition)! }));
    expect(median(grades.map((g) => g.grade))).to.be.at.most(6);
    for (const { id, grade } of grades) expect(grade, id).to.be.at.most(8);
  });
});

describe('Spanish definitions', () => {
  it('have an English term for every key', () => {
    for (const id of Object.keys(ES_DEFINITIONS)) expect(termOf(id), id).to.not.equal(undefined);
  });

  it('are short and not empty', () => {
    for (const [id, text] of Object.entries(ES_DEFINITIONS)) {
      expect(text.trim(), id).to.not.equal('');
      expect(text.length, id).to.be.at.most(200);
    }
  });

  it('are given in Spanish where they exist, else in English marked as English', () => {
    for (const t of TERMS) {
      const spanish = Object.hasOwn(ES_DEFINITIONS, t.id);
      expect(definitionOf(t.id, 'es'), t.id).to.deep.equal(
        spanish ? { text: ES_DEFINITIONS[t.id], lang: 'es' } : { text: t.definition, lang: 'en' },
      );
      expect(definitionOf(t.id, 'en')).to.deep.equal({ text: t.definition, lang: 'en' });
    }
  });

  it('give nothing for an unknown id, even one named like an object property', () => {
    expect(definitionOf('no-such-term', 'es')).to.equal(undefined);
    expect(definitionOf('constructor', 'es')).to.equal(undefined);
    expect(definitionOf('toString', 'en')).to.equal(undefined);
  });
});

describe('glossary on the recorded studies', () => {
  let texts: string[] = [];
  before(async () => {
    const ids = await fixtureIds();
    texts = (await Promise.all(ids.map(loadFixture))).map(textsOf);
  });

  it('finds terms in every study, in order, whole words, without overlaps', () => {
    expect(texts.length).to.be.greaterThan(0);
    for (const text of texts) {
      const matches = findTerms(text);
      expect(matches.length).to.be.greaterThan(0);
      let end = 0;
      for (const m of matches) {
        expect(m.start).to.be.at.least(end);
        expect(m.end).to.be.greaterThan(m.start);
        expect(text.slice(m.start - 1, m.start)).to.not.match(/[\p{L}\p{N}]/u);
        expect(text.slice(m.end, m.end + 1)).to.not.match(/[\p{L}\p{N}]/u);
        expect(termOf(m.id)).to.not.equal(undefined);
        end = m.end;
      }
      const first = findTerms(text, undefined, { firstOnly: true });
      expect(first.map((m) => m.id)).to.deep.equal([...new Set(matches.map((m) => m.id))]);
    }
  });

  // Speed is a figure, not a test (timed tests flake on a shared machine): `npm run report:glossary` prints the
  // matcher's time on 10 kB of record text.
});

describe('glossary words with another meaning nearby', () => {
  // Short abbreviations and words with a second meaning must not give a patient a wrong definition.
  const cases: [string, string][] = [
    ['Patients from FL and GA', 'follicular-lymphoma'],
    ['the OS version', 'overall-survival'],
    ['medication PO daily', 'oral'],
    ['follicular thyroid carcinoma', 'follicular-lymphoma'],
    ['follicular phase of the cycle', 'follicular-lymphoma'],
  ];
  for (const [text, wrong] of cases) {
    it(`"${text}" is not explained as ${wrong}`, () => {
      expect(findTerms(text).map((m) => m.id)).to.not.include(wrong);
    });
  }

  it('defines "recurrent" in words true of problems that keep coming back too', () => {
    // "recurrent binge eating (≥12 episodes in 3 months)" (NCT06454123), "recurrent NSCLC" (NCT05826366).
    const recurrence = TERMS.find((t) => t.id === 'recurrence')!;
    expect(findTerms('recurrent binge eating').map((m) => m.id)).to.include('recurrence');
    expect(recurrence.definition).to.match(/^When a disease or problem comes back/);
    expect(recurrence.definition).to.not.match(/^When a disease comes back after treatment\.$/);
  });

  it('defines "endocrine" without the cancer treatment, which is a term of its own', () => {
    // "endocrine AE of ≤Grade 2" (NCT03955198).
    expect(termOf('endocrine')!.definition).to.not.match(/cancer/i);
    expect(findTerms('endocrine therapy').map((m) => m.id)).to.deep.equal(['endocrine-therapy']);
  });

  it('defines "stage" in words true outside cancer too', () => {
    const stage = TERMS.find((t) => t.id === 'stage')!;
    expect(findTerms('end-stage renal disease').map((m) => m.id)).to.include('stage');
    expect(stage.definition).to.match(/^How far a disease has gone/);
  });
});
