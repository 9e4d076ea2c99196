import { meaningOf } from '../src/view-model/meaning.js';
/**
 * What the card writes must be true for records nobody tuned it on. Over every real record in
 * test/fixtures/corpus/ (304, provenance in its SOURCES.md), the 22 recorded studies and the labelled variants
 * in test/fixtures/synthetic/, in English and Spanish, at a fixed "today" and at the records' own verification
 * dates, these hold for every sentence the card writes itself (test/card-sentences.ts):
 * - no present-tense joining claim for a study people cannot join;
 * - no present tense about a study that ended or never ran;
 * - every "now" carries its date when the record is old;
 * - the headline names only what is tested, never a comparator, a dummy or what only measures;
 * - no treatment wording for an observational study;
 * - results say "any cause", and their time frame is shown when the record gives one;
 * - nothing leaks ("undefined", "[object Object]", code).
 * Pure: view model and language tables, no element.
 */
import { expect } from '@open-wc/testing';
import { formatters } from '../src/i18n/index.js';
import { monthOnly } from '../src/i18n/statements.js';
import type { Study } from '../src/registry/types.js';
import { toStudyView, type StudyView } from '../src/view-model/study.js';
import { cardSentences, type Written } from './card-sentences.js';
import { corpusRecords } from './corpus.js';

const NOW = new Date('2026-11-29T12:00:00Z');

/** Phrases that say or imply that someone can join now, or tell of the study in the present. */
const JOINING = {
  en: /\b(?:is looking for people|can also take part|(?<!nobody )can join|recruiting now|is for some people with|If you take part|More rules decide who can take part|are expected to take part|Who can take part)\b/,
  es: /\b(?:(?<!no )busca personas|también pueden participar|(?<!nadie )pueden entrar|participantes ahora|Es para algunas personas con|Si usted participa|Hay más reglas|Se espera que|Quiénes pueden participar)\b/,
};
const PRESENT = {
  en: /\b(?:The study tests|It is for|It includes people|The study is about|People are (?:put|in)|There is (?:one|only)|Everyone (?:knows|also gets)|Each person gets|Groups (?:get|start)|do not know who gets|The study (?:looks|follows|watches)|It does not give|have joined)\b/,
  es: /\b(?:El estudio prueba|Es para|Incluye a personas|El estudio trata|Las personas (?:se asignan|están)|Hay un solo|Todos (?:saben|reciben)|Cada persona recibe|Los grupos (?:reciben|empiezan)|no saben quién|El estudio (?:revisa|sigue|observa)|No da tratamiento|Se han? unido)\b/,
};
const NOW_WORD = { en: /\bnow\b/i, es: /\bahora\b/i };
const TREATMENT = {
  en: /\b(?:The study (?:tests|tested)|way to treat|possible treatment|treatment being tested|If you take part)\b/,
  es: /\b(?:El estudio (?:prueba|probó)|forma de tratar|tratamiento que se prueba|Si usted participa)\b/,
};
const LEAK = /\bundefined\b|\bNaN\b|\[object|function\s*\w*\(|\[native code\]/;
const FINAL = new Set(['ended', 'withdrawn']);

interface Case {
  nct: string;
  view: StudyView;
  lang: 'en' | 'es';
  written: Written[];
}

function problems(c: Case): string[] {
  const { view, lang, written } = c;
  const join = view.header.join;
  const out: string[] = [];
  const say = (rule: string, w: Written) =>
    out.push(`${c.nct} ${lang} ${rule} [${w.block}] ${w.text}`);
  const asOf = join.asOf && formatters(lang).partialDate(monthOnly(join.asOf));
  const open =
    join.state === 'recruiting' ||
    join.state === 'not-yet-recruiting' ||
    join.state === 'by-invitation';
  for (const w of written) {
    if (LEAK.test(w.text)) say('leak', w);
    if (!open && JOINING[lang].test(w.text)) say('joining claim', w);
    if (FINAL.has(join.state) && PRESENT[lang].test(w.text)) say('present tense', w);
    if (
      join.stale &&
      !FINAL.has(join.state) &&
      NOW_WORD[lang].test(w.text) &&
      !(asOf && w.text.includes(asOf))
    )
      say('undated now', w);
    if (view.header.studyType === 'OBSERVATIONAL' && TREATMENT[lang].test(w.text))
      say('treatment words', w);
    if (
      w.block.startsWith('risk serious') ||
      w.block.startsWith('risk deaths') ||
      w.block === 'results'
    ) {
      if (
        !/any cause|cualquier causa/.test(w.text) &&
        !w.block.endsWith('item') &&
        !w.block.endsWith('caption')
      )
        say('results without "any cause"', w);
    }
    if (/side effects at a glance|efectos secundarios de un vistazo/i.test(w.text))
      say('side effects', w);
  }
  // The answer is dated whenever the record is old and the study has not ended.
  const answer = written.find((w) => w.block === 'join')!;
  if (join.stale && !FINAL.has(join.state) && asOf && !answer.text.includes(asOf))
    say('answer without its date', answer);
  // The headline names only what is tested.
  const tested = new Set(
    meaningOf(view)
      .interventions.filter((i) => i.role === 'tested')
      .map((i) => i.name),
  );
  for (const name of view.header.headline.interventions)
    if (!tested.has(name))
      out.push(`${c.nct} headline names "${name}", which is not what is tested`);
  return out;
}

describe('what the card writes holds on every record', function () {
  this.timeout(120000);
  let studies: Study[] = [];

  before(async () => {
    studies = await corpusRecords({ synthetic: true });
  });

  it('reads the 304 corpus records, the 22 recorded studies and the labelled variants', () => {
    expect(studies.length).to.be.at.least(327);
    expect(
      new Set(studies.map((s) => s.protocolSection!.identificationModule!.nctId)).size,
    ).to.equal(studies.length);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`breaks no rule in ${lang === 'en' ? 'English' : 'Spanish'}, today or on the day each record was checked`, () => {
      const found: string[] = [];
      let sentences = 0;
      for (const study of studies) {
        const nct = study.protocolSection!.identificationModule!.nctId!;
        const verified = study.protocolSection?.statusModule?.statusVerifiedDate;
        // Today (most records are old), and the month the record was checked (none is old then).
        const nows = [NOW, ...(verified ? [new Date(`${verified.slice(0, 7)}-15T12:00:00Z`)] : [])];
        for (const now of nows) {
          const view = toStudyView(study, nct as never, now);
          const written = cardSentences(view, lang, now);
          sentences += written.length;
          found.push(...problems({ nct, view, lang, written }));
        }
      }
      expect(sentences).to.be.greaterThan(10000);
      expect(found, found.slice(0, 20).join('\n')).to.deep.equal([]);
    });
  }

  it('shows the time frame the record gives for its results', () => {
    for (const study of studies) {
      const frame = (
        study.resultsSection as { adverseEventsModule?: { timeFrame?: string } } | undefined
      )?.adverseEventsModule?.timeFrame;
      const nct = study.protocolSection!.identificationModule!.nctId!;
      const view = toStudyView(study, nct as never, NOW);
      for (const note of meaningOf(view).risks) {
        if (note.kind === 'serious-adverse-events' || note.kind === 'deaths')
          expect(note.timeFrame, nct).to.equal(frame?.trim() || undefined);
      }
    }
  });

  it('names what is tested in the headline, and the comparator as compared with', () => {
    // NCT04267848: every group gets carboplatin-based chemotherapy; the study tests adding pembrolizumab.
    const study = studies.find(
      (s) => s.protocolSection?.identificationModule?.nctId === 'NCT04267848',
    )!;
    const view = toStudyView(study, 'NCT04267848' as never, NOW);
    expect(view.header.headline.interventions).to.deep.equal(['Pembrolizumab']);
    const roles = Object.fromEntries(meaningOf(view).interventions.map((i) => [i.name, i.role]));
    expect(roles['Carboplatin']).to.equal('everyone');
    expect(roles['Observation Activity']).to.equal('compared');
  });
});
