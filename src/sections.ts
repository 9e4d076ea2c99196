/** The blocks `sections` can choose, in their default order (the tokens are their part names and file names). */
export const SECTIONS = [
  'summary',
  'risks',
  'eligibility',
  'conditions',
  'locations',
  'dates',
  'signup',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The known tokens of a `sections` value, in its order, each once; all blocks when it names none. */
export function parseSections(value: string | null | undefined): Section[] {
  const tokens = String(value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((token): token is Section => (SECTIONS as readonly string[]).includes(token));
  const unique = [...new Set(tokens)];
  return unique.length > 0 ? unique : [...SECTIONS];
}
