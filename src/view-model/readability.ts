/**
 * How hard a text is to read: the Flesch–Kincaid grade level, from words, sentences and syllables counted by
 * rule (no dictionary). Pure: used by the card to describe the registry's own summary, and by the tests to
 * keep the card's own sentence templates at grade 8 or below.
 */
import { MARKUP_CEILING } from '../registry/limits.js';

export type ReadingLevel = 'easy' | 'plain' | 'high-school' | 'college' | 'graduate';

/** Plain text from registry CommonMark: escapes, emphasis, list markers and links reduced to their words. */
export function markdownToText(markdown: string): string {
  // No more than any field may hold, and no pattern that rescans the rest of the text for every bracket.
  return markdown
    .slice(0, MARKUP_CEILING)
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/!?\[([^[\]]*)\]\([^()[\]]*\)/g, '$1')
    .replace(/^\s{0,3}(?:[*+-]|\d+[.)])\s+/gm, '')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/[*_`]+/g, '');
}

/** The words of a text: runs of letters (with inner apostrophes or hyphens) or of digits. */
export function words(text: string): string[] {
  return text.match(/[\p{L}]+(?:['’-][\p{L}]+)*|\d+(?:[.,]\d+)*/gu) ?? [];
}

/** Sentences, split at ., ! or ? (and line breaks between list items), ignoring empty pieces. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Syllables of an English word by rule: vowel groups, less a silent final e, at least one. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 1;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/**
 * Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * `undefined` for a text with no words.
 */
export function fleschKincaidGrade(text: string): number | undefined {
  const all = words(text);
  if (all.length === 0) return undefined;
  const count = Math.max(1, sentences(text).length);
  const syllableCount = all.reduce((sum, w) => sum + (/^\d/.test(w) ? 1 : syllables(w)), 0);
  return 0.39 * (all.length / count) + 11.8 * (syllableCount / all.length) - 15.59;
}

/** A grade in words: up to 6 easy, 7–8 plain, 9–12 high school, 13–16 college, above graduate. */
export function readingLevel(grade: number): ReadingLevel {
  if (grade < 6.5) return 'easy';
  if (grade < 8.5) return 'plain';
  if (grade < 12.5) return 'high-school';
  if (grade < 16.5) return 'college';
  return 'graduate';
}
