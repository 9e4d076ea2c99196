/**
 * ClinicalTrials.gov study ids ("NCT numbers").
 *
 * The registry accepts `NCT` in any case followed by up to eight significant digits with any number of
 * leading zeros (API v2 pattern `^[Nn][Cc][Tt]0*[1-9]\d{0,7}$`); its canonical form is `NCT` + 8 digits.
 */

/** A canonical NCT id: `NCT` followed by exactly eight digits. */
export type NctId = `NCT${string}`;

const SHORT_OR_LONG = /^NCT0*([1-9]\d{0,7})$/i;

/**
 * Returns the canonical id for `input`, or `undefined` when it is not an NCT id.
 * Surrounding white space is ignored; `nct3323944` becomes `NCT03323944`.
 */
export function parseNctId(input: unknown): NctId | undefined {
  if (typeof input !== 'string') return undefined;
  const digits = SHORT_OR_LONG.exec(input.trim())?.[1];
  return digits === undefined ? undefined : `NCT${digits.padStart(8, '0')}`;
}

/** The public page of a study on ClinicalTrials.gov. */
export function studyPageUrl(nct: NctId): string {
  return `https://clinicaltrials.gov/study/${nct}`;
}
