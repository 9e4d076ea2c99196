/** Helpers the English tables share: plurals, tenses, reading levels and the phase steps. */
import type { Tense } from '../view-model/join.js';
import type { ReadingLevel } from '../view-model/readability.js';

export type Plural = (n: string, count: number) => string;

export const people: Plural = (n, count) => (count === 1 ? `${n} person` : `${n} people`);
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "on June 15, 2023" for a day, "in June 2023" or "in 2023" otherwise. */
export const onOrIn = (date: string) =>
  /\d, \d{4}$|^\d{1,2} /.test(date) ? `on ${date}` : `in ${date}`;
/** "get" / "got" / "will get" / "were to get" (or "gets" … "was to get" for one person or group). */
export const get = (tense: Tense, one = false): string =>
  one
    ? by(tense, { present: 'gets', past: 'got', future: 'will get', meant: 'was to get' })
    : by(tense, { present: 'get', past: 'got', future: 'will get', meant: 'were to get' });
/** One sentence in the tense the study's status calls for. */
export const by = (tense: Tense, forms: Record<Tense, string>): string => forms[tense];
/** "tests" / "tested" / "plans to test" / "was meant to test". */
export const verb = (tense: Tense, base: string, s: string, ed: string): string =>
  by(tense, { present: s, past: ed, future: `plans to ${base}`, meant: `was meant to ${base}` });

export const READING_LEVEL: Record<ReadingLevel, string> = {
  easy: 'an easy',
  plain: 'a plain',
  'high-school': 'a high-school',
  college: 'a college',
  graduate: 'a university graduate',
};

export function outlookStep(phases: string[]): string | undefined {
  const has = (p: string) => phases.includes(p);
  if (has('EARLY_PHASE1'))
    return 'At this very early step, a few people get limited amounts of the treatment. Researchers mainly learn about safety and how it acts in the body.';
  if (has('PHASE1') && has('PHASE2'))
    return 'At this early step, researchers first check safety and dose, then whether the treatment has an effect.';
  if (has('PHASE1'))
    return 'At this first step, researchers mostly check safety and the right dose in a small group.';
  if (has('PHASE2') && has('PHASE3'))
    return 'At this step, researchers first look at whether the treatment has an effect, then test it in more people.';
  if (has('PHASE2'))
    return 'At this middle step, researchers look at whether the treatment has an effect, and at its side effects.';
  if (has('PHASE3')) return 'At this late step, researchers test the treatment in many people.';
  if (has('PHASE4'))
    return 'The record calls it phase 4: the step that studies treatments after approval, to learn more about their good and bad effects.';
  return undefined;
}

/**
 * The two parts of English as one table: a group both parts have (`meaning`: its first-screen labels and the
 * rest) is joined, key by key; the rest's words win.
 */
export function joinEnglish<F extends object, R extends object>(first: F, rest: R): F & R {
  const joined: Record<string, unknown> = { ...(first as object), ...(rest as object) };
  for (const [key, value] of Object.entries(first)) {
    const more = (rest as Record<string, unknown>)[key];
    if (isGroup(value) && isGroup(more)) joined[key] = { ...value, ...more };
  }
  return joined as F & R;
}

const isGroup = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
