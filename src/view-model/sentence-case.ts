/** Words registries write in capitals that stay so in a sentence (abbreviations). */
const KEEP_CAPITALS = /^(?:[A-Z]{1,3}|[A-Z0-9-]*\d[A-Z0-9-]*)$/;
const SMALL_WORDS = new Set([
  'AND',
  'THE',
  'FOR',
  'NOT',
  'LEG',
  'ARM',
  'EYE',
  'EAR',
  'HIP',
  'JAW',
  'TOE',
  'GUM',
  'LIP',
  'FLU',
  'DRY',
  'LOW',
  'RED',
  'WITH',
]);

/**
 * "ACUTE RESPIRATORY INSUFFICIENCY" → "Acute respiratory insufficiency": a term written all in capitals reads
 * as shouting; short abbreviations ("HIV", "ALT") and codes with digits ("COVID-19") keep theirs. Mixed case
 * is left as the record wrote it.
 */
export function sentenceCase(term: string): string {
  if (/[a-z]/.test(term) || !/[A-Z]{4}/.test(term)) return term;
  const words = term
    .split(/(\s+)/)
    .map((w) => (KEEP_CAPITALS.test(w) && !SMALL_WORDS.has(w) ? w : w.toLowerCase()));
  const joined = words.join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
