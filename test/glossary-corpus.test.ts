/**
 * The glossary's corpus invariant: over every real record in test/fixtures/corpus/ (304, provenance in its
 * SOURCES.md) and every recorded study in test/fixtures/studies/, no glossary match falls inside a context
 * where the word is known to mean something else.
 *
 * Pure code, no DOM: the texts are the ones the card explains (brief summary, detailed description and
 * eligibility criteria, each rendered with the glossary by `renderMarkup`), split the way `renderMarkup`
 * splits them: CommonMark to HTML, then each run of text outside links and code on its own. The wrong-sense
 * list below is written from the records, independently of the sense rules in src/glossary/terms.ts, so that
 * the test does not just restate them.
 */
import { expect } from '@open-wc/testing';
import { findTerms } from '../src/glossary/match.js';
import { commonMarkToHtml } from '../src/markup.js';
import type { Study } from '../src/registry/types.js';
import { corpusRecords } from './corpus.js';

/**
 * Phrases where a term's words mean something else, by term id ('*' for every term). A match is wrong when it
 * lies inside one of these phrases and does not start where the phrase starts (so "non-small cell lung cancer"
 * as a whole is fine, "non-squamous" explained as "squamous" is not).
 */
const WRONG_SENSE: Record<string, RegExp[]> = {
  '*': [/\bnon[-\u2010\u2011 ]?[\p{L}\d]+/giu, /\bun-\p{L}+/giu],
  lymphoma: [/anaplastic lymphoma kinase/gi, /B-cell lymphoma[- ](?:2|6|extra)/gi],
  'follicular-lymphoma': [/follicular (?:thyroid|phase|cells?)/gi],
  'target-lesion': [/non-?\s?target lesions?/gi],
  stage: [
    /\b(?:dose|escalation|expansion|discovery|two|three|first|second|third|final|learning|treatment|run-in|extension|follow-up|\d)[\s-]+stages?\b/gi,
    /\bstages?\s+of\s+(?:change|readiness|their|life|a\b|entry)/gi,
    /\bset the stage\b/gi,
    /\bstages?\s+\(?[1-3]\)?(?:\s+and\s+[1-3])?[,:)]/gi,
  ],
  phase: [
    /\b(?:screening|treatment|follow[- ]?up|run-in|lead-in|extension|maintenance|induction|acute|non-acute|chronic|learning|escalation|expansion|open-label|double-blind|blinded|washout|luteal|follicular|active|recovery|engagement|intervention|dosing|titration|observation|core|expanded|distinct)[\s-]+phases?\b(?!\s*(?:[0-4]|I{1,3}|IV|[ⅠⅡⅢⅣ])[abAB]?\b)/gi,
  ],
  cycle: [
    /\b(?:vicious|menstrual|sleep|life|threshold|cell)\s+cycles?\b/gi,
    /\bcycles? through\b/gi,
  ],
  hemoglobin: [/h(?:a?e)moglobin\s*(?:\(\w+\)\s*)?A1c/gi, /glyc(?:osyl)?ated\s+h(?:a?e)moglobin/gi],
  topical: [/topical treatments?\s*\(\s*(?:radio|surg)/gi],
  'in-situ': [/in situ hybridi[sz]ation/gi],
  hypertension: [/(?:portal|pulmonary|intracranial|ocular)\s+hypertension/gi],
  intervention: [/Spine Intervention Society/gi],
  screening: [/(?:cancer|abuse|lung|breast|colorectal)\s+screening/gi],
  adherence: [/(?:HIPAA|GDPR)[\s-]+compliant/gi, /legislative compliance/gi],
  oral: [
    /oral (?:consent|information|word|presentation)/gi,
    /(?:written|verbal) (?:and|or) oral/gi,
  ],
  systemic: [/systemic (?:lupus|sclerosis|juvenile)/gi, /systemic-to-/gi],
  biologic: [/biologic (?:composition|nature)/gi],
  ct: [/\bCT[-\u2010]\s*(?:\d|RT?\b|P\d)/g],
  alt: [/\bALT-\d{2,}/g],
  ast: [/\bAST-\d{2,}/g],
  inflammation: [/anti-?\s?inflammatory/gi],
  ecog: [/Karnofsky performance status/gi],
  egfr: [/EGFR\s*(?:≥|>|<|≤)\s*\d+\s*m[lL]/g],
  malignancy: [/pre-?malignan\w*/gi],
  administered: [
    /\b(?:Health|Food and Drug|Open|Therapeutic Goods|Medical Products) Administration\b/g,
    /\b(?:self|interviewer|digitally|electronically|computer)[- ]+administ\w+/gi,
    /\b(?:questionnaires?|surveys?|assessments?|measures|instruments?) (?:will be|were|was|are|is) administ\w+/gi,
    /\b(?:to|will|and|by) administ\w+ (?:the |a |an )?(?:outcome |baseline )?(?:questionnaires?|surveys?|measures|assessments?)/gi,
  ],
  radiotherapy: [
    /\b(?:no|without|free of|exposure to|protects? from|ultraviolet A?|UV[AB]?|pain with)\s+radiation\b/gi,
    /\b(?:additional|have|of) radiation exposures?/gi,
  ],
  pathology: [
    /\b(?:spine|spinal|heart|cardiac|vascular|infectious|degenerative|segment|tissue|shoulder|lumbar|isthmus|compressive|residual|nervous|known|other|severe|serious|significant|multilevel|multi-level)\s+patholog(?:y|ies)\b/gi,
    /\bsustained pathologic(?:al)? fractures?/gi,
  ],
  'open-label': [
    /\b(?:of|the|review|reviews|access to)\s+unblinded\s+(?:data|results|analys[ie]s|information)/gi,
  ],
};

/**
 * Phrases that a term must not explain anywhere in them, start included: a measurement explained as the thing
 * it measures ("platelet count" as "tiny blood cells"), a medicine as a state.
 */
const WRONG_TERM: Record<string, RegExp[]> = {
  platelet: [/\bplatelets? counts?\b/gi],
  neutrophil: [/\bneutrophils? counts?\b/gi, /\bANC\b/g],
  creatinine: [/\bcreatinine clearance\b/gi],
  immunosuppression: [/\bimmunosuppressants?\b/gi],
  endocrine: [/\bendocrine (?:therapy|therapies|treatments?)\b/gi],
};

/** The runs of text that `renderMarkup` explains in one registry field (outside links and code). */
function textRuns(markdown: string): string[] {
  const runs: string[] = [];
  let skip = 0;
  for (const [token] of commonMarkToHtml(markdown).matchAll(/<[^>]*>|[^<]+/g)) {
    const tag = /^<(\/?)(a|code|pre)\b/.exec(token);
    if (tag) skip += tag[1] ? -1 : 1;
    else if (!token.startsWith('<') && skip === 0) {
      runs.push(
        token
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#x27;/g, "'")
          .replace(/&amp;/g, '&'),
      );
    }
  }
  return runs;
}

function fieldsOf(study: Study): string[] {
  const p = study.protocolSection;
  return [
    p?.descriptionModule?.briefSummary,
    p?.descriptionModule?.detailedDescription,
    p?.eligibilityModule?.eligibilityCriteria,
  ].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

describe('glossary wrong-sense list over every record', () => {
  let studies: { id: string; fields: string[] }[] = [];
  before(async () => {
    const all = await corpusRecords();
    studies = all.map((s) => ({
      id: s.protocolSection?.identificationModule?.nctId ?? '?',
      fields: fieldsOf(s),
    }));
  });

  it('reads the 304 corpus records and the recorded studies', () => {
    expect(studies.length).to.be.at.least(304 + 22);
    expect(new Set(studies.map((s) => s.id)).size).to.equal(studies.length);
  });

  it('explains no word inside a known wrong-sense context', () => {
    const wrong: string[] = [];
    let texts = 0;
    let matches = 0;
    let dropped = 0;
    /** Matches the list would flag if the sense rules were off: shows that the list can fail. */
    let caughtWithoutRules = 0;
    const wrongIn = (text: string, m: { start: number; id: string }): string | undefined => {
      for (const pattern of [...WRONG_SENSE['*']!, ...(WRONG_SENSE[m.id] ?? [])]) {
        for (const w of text.matchAll(pattern)) {
          const end = w.index + w[0].length;
          if (m.start > w.index && m.start < end) {
            return text.slice(Math.max(0, w.index - 20), end + 20);
          }
        }
      }
      for (const pattern of WRONG_TERM[m.id] ?? []) {
        for (const w of text.matchAll(pattern)) {
          const end = w.index + w[0].length;
          if (m.start >= w.index && m.start < end) {
            return text.slice(Math.max(0, w.index - 20), end + 20);
          }
        }
      }
      return undefined;
    };
    for (const { id, fields } of studies) {
      for (const field of fields) {
        for (const text of textRuns(field)) {
          texts++;
          const found = findTerms(text);
          const all = findTerms(text, undefined, { allSenses: true });
          matches += found.length;
          dropped += all.length - found.length;
          for (const m of all) if (wrongIn(text, m) !== undefined) caughtWithoutRules++;
          for (const m of found) {
            const context = wrongIn(text, m);
            if (context !== undefined) wrong.push(`${id} ${m.id}: …${context}…`);
          }
        }
      }
    }
    // Counted, so that a change that stops the matcher from reading the records shows.
    expect(texts, 'text runs read').to.be.greaterThan(5000);
    expect(matches, 'matches checked').to.be.greaterThan(10000);
    expect(dropped, 'matches the sense rules drop').to.be.greaterThan(100);
    expect(caughtWithoutRules, 'wrong senses the list finds with the rules off').to.be.greaterThan(
      100,
    );
    expect(wrong).to.deep.equal([]);
  });
});
