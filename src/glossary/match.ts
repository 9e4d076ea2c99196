/**
 * Finds glossary terms in registry text, and gives their definitions. Pure: no `lit`, no DOM.
 *
 * Rules:
 * - Text is read as words: runs of letters or digits. A term matches whole words only ("placebo" is not found
 *   in "preplacebo"), and a multi-word form matches across one run of white space or one hyphen, written in
 *   the form as a space or a hyphen ("double-blind" and "double blind" are two forms).
 * - A form with no two lower-case letters in a row is an abbreviation (ECOG, PD-L1, HbA1c) and matches with
 *   its exact case; every other form matches in any case.
 * - The last word of every form also matches its regular plural: +s, +es after s, x, z, ch or sh, and
 *   consonant + y → ies (abbreviations: +s). Irregular plurals are listed as forms.
 * - Matches do not overlap: scanning left to right, the longest form that starts at a word wins
 *   ("adverse event" over "event").
 * - Senses: a match is dropped where its word is used in another sense, and the scan goes on from the next
 *   word (so a shorter term inside it can still match, and the first *correct* occurrence is the one a card
 *   explains). Three rules hold for every term: not right after a negation ("non-target", "non-squamous",
 *   "un-blinded"); an abbreviation not right before a hyphen and two or more digits (a product or study
 *   code: "CT-155", "ALT-803"); and not right before "count" or "clearance" (a measurement, not the thing
 *   measured: a measurement that the glossary explains is a longer term of its own, "platelet count").
 *   Each term may add its own contexts (`notAfter`, `notBefore`, `onlyAfter`, `onlyBefore` in terms.ts),
 *   tested on at most `CONTEXT` characters either side of the match.
 */
import { EN_REVIEWED, TERMS, type GlossaryTerm } from './terms.js';

/** One found term: `text.slice(start, end)` is the words matched. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
}

export interface FindTermsOptions {
  /** Only the first occurrence of each term in the text (the card defines a term once per section). */
  firstOnly?: boolean;
  /**
   * Also the matches that the sense rules drop (for reports and tests that count what the rules remove);
   * the card never sets it.
   */
  allSenses?: boolean;
}

/** How many characters either side of a match the sense rules read. */
export const CONTEXT = 60;

/** A negation right before a match: the word is meant in the opposite sense ("non-target", "un-blinded"). */
const NEGATED = /(?:^|[^\p{L}\p{N}])(?:non[-\u2010\u2011 ]?|un[-\u2010\u2011])$/iu;
/** An abbreviation followed by a hyphen and two or more digits is part of a product or study code. */
const CODE = /^[-\u2010\u2011]\d{2,}/;
/** A word right before "count" or "clearance" names what a measurement measures, not the measurement. */
const MEASURED = /^[-\s]+(?:counts?|clearance)\b/i;

/** A primary language subtag: `en`, `es`… */
export type GlossaryLang = string;

/**
 * Definitions in other languages, by term id: a language module adds its own (`src/languages/es.ts`). Kept as
 * maps, so an id never reaches an inherited member ("constructor", "__proto__", "toString").
 */
const translations = new Map<string, { definitions: Map<string, string>; reviewed: boolean }>();

/** Adds a language's definitions (ids as in `TERMS`); terms it leaves out stay English. */
export function addDefinitions(
  lang: string,
  definitions: Readonly<Record<string, string>>,
  reviewed: boolean,
): void {
  translations.set(lang, { definitions: new Map(Object.entries(definitions)), reviewed });
}

/**
 * False until a clinician has reviewed every definition, English and every translation. Say so wherever they
 * are shown.
 */
export function glossaryReviewed(): boolean {
  return (
    EN_REVIEWED &&
    TERMS.every((t) => t.reviewed) &&
    [...translations.values()].every((t) => t.reviewed)
  );
}

/** The forms of a glossary, compiled: word-by-word keys, exact and lower-cased. */
interface Matcher {
  /** Complete keys → term id; `exact` for abbreviations, `folded` (lower case) for the rest. */
  exact: Map<string, string>;
  folded: Map<string, string>;
  /** Keys that some longer key continues (so the scan reads one more word). */
  exactMore: Set<string>;
  foldedMore: Set<string>;
  /** The terms that have sense rules of their own, by id. */
  senses: Map<string, GlossaryTerm>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ABBREVIATION = /^(?!.*\p{Ll}\p{Ll})/u;

/** What joins two words of a form: one run of white space (' ') or one hyphen ('-'); anything else breaks. */
function joiner(gap: string): string | undefined {
  if (gap === ' ' || gap === '-') return gap;
  if (gap === '\u2010' || gap === '\u2011') return '-';
  return /^\s+$/.test(gap) ? ' ' : undefined;
}

/** The words of a form and the joiners between them, or undefined when a form cannot match as written. */
function wordsOf(form: string): string[] | undefined {
  const parts: string[] = [];
  let last = 0;
  for (const m of form.trim().matchAll(WORD)) {
    if (parts.length > 0) {
      const join = joiner(form.trim().slice(last, m.index));
      if (join === undefined) return undefined;
      parts.push(join);
    } else if (m.index !== 0) return undefined;
    parts.push(m[0]);
    last = m.index + m[0].length;
  }
  return last === form.trim().length && parts.length > 0 ? parts : undefined;
}

/** A word's regular plural (lower case unless `abbreviation`). */
function plural(word: string, abbreviation: boolean): string {
  if (abbreviation) return `${word}s`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function compile(glossary: readonly GlossaryTerm[]): Matcher {
  const matcher: Matcher = {
    exact: new Map(),
    folded: new Map(),
    exactMore: new Set(),
    foldedMore: new Set(),
    senses: new Map(),
  };
  // Written forms first, for every term; generated plurals only where no written form has the key.
  const plurals: [string[], boolean, string][] = [];
  const add = (parts: string[], abbreviation: boolean, id: string) => {
    const keys = abbreviation ? matcher.exact : matcher.folded;
    const more = abbreviation ? matcher.exactMore : matcher.foldedMore;
    const key = parts.join('');
    if (!keys.has(key)) keys.set(key, id);
    for (let i = 1; i < parts.length; i += 2) more.add(parts.slice(0, i).join(''));
  };
  for (const term of glossary) {
    if (term.notAfter || term.notBefore || term.onlyAfter || term.onlyBefore) {
      matcher.senses.set(term.id, term);
    }
    for (const form of [term.term, ...(term.forms ?? [])]) {
      const written = wordsOf(form);
      if (!written) continue;
      const abbreviation = ABBREVIATION.test(form);
      const parts = abbreviation ? written : written.map((p) => p.toLowerCase());
      add(parts, abbreviation, term.id);
      plurals.push([parts, abbreviation, term.id]);
    }
  }
  for (const [parts, abbreviation, id] of plurals) {
    add([...parts.slice(0, -1), plural(parts[parts.length - 1], abbreviation)], abbreviation, id);
  }
  return matcher;
}

const compiled = new WeakMap<readonly GlossaryTerm[], Matcher>();

function matcherFor(glossary: readonly GlossaryTerm[]): Matcher {
  let matcher = compiled.get(glossary);
  if (!matcher) {
    matcher = compile(glossary);
    compiled.set(glossary, matcher);
  }
  return matcher;
}

/**
 * The glossary terms in `text`, in text order, not overlapping; the longest form wins where forms start at
 * the same word. The matcher for a glossary array is built on first use and kept.
 */
export function findTerms(
  text: string,
  glossary: readonly GlossaryTerm[] = TERMS,
  options: FindTermsOptions = {},
): TermMatch[] {
  const { exact, folded, exactMore, foldedMore, senses } = matcherFor(glossary);
  // Lower-cased once; per word only where lower-casing changes the length (a few non-English letters).
  const lower = text.toLowerCase();
  const fold =
    lower.length === text.length
      ? (start: number, end: number) => lower.slice(start, end)
      : (start: number, end: number) => text.slice(start, end).toLowerCase();
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const found: TermMatch[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < starts.length;) {
    let exactKey = text.slice(starts[i], ends[i]);
    let foldedKey = fold(starts[i], ends[i]);
    let id: string | undefined;
    let abbreviation = false;
    let last = i;
    for (let j = i; ;) {
      const exactHit = exact.get(exactKey);
      const hit = exactHit ?? folded.get(foldedKey);
      if (hit !== undefined) {
        id = hit;
        abbreviation = exactHit !== undefined;
        last = j;
      }
      const exactGoesOn = exactMore.has(exactKey);
      if (j + 1 >= starts.length || !(exactGoesOn || foldedMore.has(foldedKey))) break;
      const join = joiner(text.slice(ends[j], starts[j + 1]));
      if (join === undefined) break;
      j++;
      exactKey = exactGoesOn ? exactKey + join + text.slice(starts[j], ends[j]) : '';
      foldedKey = foldedKey + join + fold(starts[j], ends[j]);
    }
    if (
      id !== undefined &&
      !options.allSenses &&
      !inSense(text, starts[i], ends[last], abbreviation, senses.get(id))
    ) {
      // Another sense: this word is not the term here; a shorter term may start at the next word.
      i++;
      continue;
    }
    if (id !== undefined && !(options.firstOnly && seen.has(id))) {
      found.push({ start: starts[i], end: ends[last], id });
      seen.add(id);
    }
    i = id === undefined ? i + 1 : last + 1;
  }
  return found;
}

/** Whether the words `text.slice(start, end)` are meant in the term's sense there. */
function inSense(
  text: string,
  start: number,
  end: number,
  abbreviation: boolean,
  term: GlossaryTerm | undefined,
): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  if (NEGATED.test(before) || MEASURED.test(after) || (abbreviation && CODE.test(after)))
    return false;
  if (!term) return true;
  if (term.notAfter?.test(before) || term.notBefore?.test(after)) return false;
  if (!term.onlyAfter && !term.onlyBefore) return true;
  return !!(term.onlyAfter?.test(before) || term.onlyBefore?.test(after));
}

let byId: Map<string, GlossaryTerm> | undefined;

/** The glossary entry with this id. */
export function termOf(id: string): GlossaryTerm | undefined {
  byId ??= new Map(TERMS.map((t) => [t.id, t]));
  return byId.get(id);
}

/**
 * A term's definition in `lang`, or in English (with `lang: 'en'`) when there is no Spanish one, so the page
 * can mark the language of what it shows. Undefined for an unknown id.
 */
export function definitionOf(
  id: string,
  lang: GlossaryLang,
): { text: string; lang: GlossaryLang } | undefined {
  const translated = translations.get(lang)?.definitions.get(id);
  if (translated !== undefined) return { text: translated, lang };
  const term = termOf(id);
  return term && { text: term.definition, lang: 'en' };
}
