/**
 * Record text inside a sentence the card writes in another language ("Es para personas con Atopic
 * Dermatitis"): marked in the string with two private-use characters, so the pure sentence builders stay
 * string functions, and rendered by the element as `<span lang="en">` (WCAG 3.1.2, language of parts).
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKED = /\uE000([^\uE000\uE001]*)\uE001/g;

/** `value` marked as the registry's English. */
export function foreign(value: string): string {
  return `${OPEN}${value}${CLOSE}`;
}

/** The text without marks (for lengths, readability and plain-text uses). */
export function unmarked(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

/** The text in runs, each said to be the registry's English or the card's own language. */
export function runs(text: string): { text: string; foreign: boolean }[] {
  const out: { text: string; foreign: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(MARKED)) {
    if (match.index > at) out.push({ text: text.slice(at, match.index), foreign: false });
    out.push({ text: match[1] ?? '', foreign: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ text: unmarked(text.slice(at)), foreign: false });
  return out;
}
