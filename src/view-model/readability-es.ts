/**
 * How hard a Spanish text is to read: the Fernández-Huerta reading ease, from words, sentences and syllables
 * counted by rule (no dictionary). Pure, no DOM: used by the tests to keep the Spanish table's own sentences easy
 * to read, as `readability.ts` does for English with Flesch–Kincaid. Words and sentences are split as in
 * `readability.ts`.
 *
 * The formula (José Fernández Huerta, "Medidas sencillas de lecturabilidad", Consigna 214, 1959), an adaptation
 * of Flesch's reading ease to Spanish:
 *
 *     L = 206.84 − 0.60 · P − 1.02 · F
 *
 * with P the syllables per 100 words and F the sentences per 100 words, both taken over the whole text (so any
 * length works, not only 100-word samples). The same formula is often written per word,
 * 206.84 − 60 · syllables/words − 102 · sentences/words: the two are identical. `fernandezHuerta` is this, as
 * published and as most tools compute it.
 *
 * Known flaw: as published, F lowers the score when sentences get shorter, the opposite of Flesch's
 * `− 1.015 · words per sentence` (G. Law, "Error in the Fernandez Huerta readability formula", LINGUIST List
 * 22.2332, 2011). `fernandezHuertaCorrected` is Law's reading, with F the average words per sentence as in
 * Flesch: 206.84 − 0.60 · P − 1.02 · words/sentences. The syllable term, which dominates both, is the same; the
 * two differ by a few points on ordinary text.
 *
 * Scale, higher is easier (Fernández Huerta's bands, as for Flesch's reading ease):
 * 90 and above muy fácil, 80–90 fácil, 70–80 algo fácil, 60–70 normal, 50–60 algo difícil, 30–50 difícil,
 * below 30 muy difícil.
 */
import { sentences, words, type ReadingLevel } from './readability.js';

export type FernandezHuertaLevel =
  'muy fácil' | 'fácil' | 'algo fácil' | 'normal' | 'algo difícil' | 'difícil' | 'muy difícil';

/** a e o, stressed or not: always the nucleus of their syllable. */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
/** i u with a written accent: a syllable of their own (hiatus: "pa-ís", "re-ú-ne"). */
const STRESSED_WEAK = new Set(['í', 'ú']);
/** i u ü (y when it sounds as a vowel is read as i): join a neighbouring vowel in one syllable. */
const WEAK = new Set(['i', 'u', 'ü']);
const VOWEL = '[aeiouáéíóúü]';

/** A word in lower case, with only Spanish letters: other accents are dropped ("à" → "a", "ö" → "o"). */
function spanishLetters(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[aeiou]\u0301|u\u0308|n\u0303|[\u0300-\u036f]/g, (mark) =>
      mark.length === 2 ? mark : '',
    )
    .normalize('NFC')
    .replace(/[^a-zñáéíóúü]/g, '');
}

/**
 * Syllables of a Spanish word, by rule: one per vowel nucleus, where
 * - two strong vowels (a e o) are in different syllables: "a-le-a-to-rio", "le-er";
 * - a weak vowel (i u ü) joins a neighbouring vowel (diphthong, triphthong): "es-tu-dio", "ciu-dad", "buey";
 * - an accented í or ú is a syllable of its own (hiatus): "pa-ís", "dí-a", "re-ú-ne";
 * - the u of "que", "qui", "gue", "gui" is silent ("gue-rra"); ü is not ("pin-güi-no");
 * - y is a vowel at the end of a word or before a consonant ("hoy", "muy", the word "y"), else a consonant
 *   ("en-sa-yo");
 * - h between vowels does not separate them ("prohi-bir", but "a-ho-ra": two strong vowels).
 * At least one; words with no letters (numbers) count one, as in `readability.ts`.
 */
export function syllablesEs(word: string): number {
  const w = spanishLetters(word)
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    .replace(/y(?![aeiouáéíóúü])/g, 'i')
    .replace(new RegExp(`(?<=${VOWEL})h(?=${VOWEL})`, 'g'), '');
  let count = 0;
  let previous: string | undefined;
  /** Whether the current syllable already has its nucleus: a strong vowel, or an accented í ú. */
  let nucleus = false;
  for (const ch of w) {
    const strong = STRONG.has(ch);
    const stressedWeak = STRESSED_WEAK.has(ch);
    if (!strong && !stressedWeak && !WEAK.has(ch)) {
      previous = undefined;
      continue;
    }
    const startsSyllable =
      previous === undefined || stressedWeak || STRESSED_WEAK.has(previous) || (strong && nucleus);
    if (startsSyllable) {
      count++;
      nucleus = strong || stressedWeak;
    } else {
      nucleus ||= strong;
    }
    previous = ch;
  }
  return Math.max(1, count);
}

interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}

function counts(text: string): Counts | undefined {
  const all = words(text);
  if (all.length === 0) return undefined;
  return {
    words: all.length,
    sentences: Math.max(1, sentences(text).length),
    syllables: all.reduce((sum, w) => sum + (/^\d/.test(w) ? 1 : syllablesEs(w)), 0),
  };
}

/**
 * Fernández-Huerta reading ease as published: 206.84 − 0.60 · P − 1.02 · F, P = syllables per 100 words,
 * F = sentences per 100 words. Higher is easier. `undefined` for a text with no words.
 */
export function fernandezHuerta(text: string): number | undefined {
  const c = counts(text);
  if (c === undefined) return undefined;
  const p = (100 * c.syllables) / c.words;
  const f = (100 * c.sentences) / c.words;
  return 206.84 - 0.6 * p - 1.02 * f;
}

/**
 * Fernández-Huerta with Law's correction (2011): 206.84 − 0.60 · P − 1.02 · words per sentence, so that shorter
 * sentences read easier, as in Flesch. `undefined` for a text with no words.
 */
export function fernandezHuertaCorrected(text: string): number | undefined {
  const c = counts(text);
  if (c === undefined) return undefined;
  const p = (100 * c.syllables) / c.words;
  return 206.84 - 0.6 * p - 1.02 * (c.words / c.sentences);
}

/** A Fernández-Huerta score in words, on Fernández Huerta's seven bands. */
export function fernandezHuertaLevel(score: number): FernandezHuertaLevel {
  if (score >= 90) return 'muy fácil';
  if (score >= 80) return 'fácil';
  if (score >= 70) return 'algo fácil';
  if (score >= 60) return 'normal';
  if (score >= 50) return 'algo difícil';
  if (score >= 30) return 'difícil';
  return 'muy difícil';
}

/**
 * A Fernández-Huerta score as the card's five reading levels (`summary.readability`), by the school grades the
 * bands stand for: 80 and above (up to 6th grade) easy, 60–80 (7th–9th) plain, 50–60 (secondary school)
 * high-school, 30–50 college, below 30 graduate.
 */
export function readingLevelEs(score: number): ReadingLevel {
  if (score >= 80) return 'easy';
  if (score >= 60) return 'plain';
  if (score >= 50) return 'high-school';
  if (score >= 30) return 'college';
  return 'graduate';
}
