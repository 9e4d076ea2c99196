/**
 * The registry's own length limits for the free-text fields the card renders as markup, in characters, from
 * ClinicalTrials.gov's data element definitions for registrants (PRS "Protocol Registration Data Element
 * Definitions": "Limit: 5000 characters" and so on). The API's OpenAPI file (test/fixtures/ctg-oas-v2.yaml)
 * states none. The card parses no more than this of a field: text beyond it (a broken proxy, a hostile
 * mirror) is cut, and the card says the registry's text continues on ClinicalTrials.gov.
 */
export const LIMITS = {
  briefSummary: 5000,
  detailedDescription: 32000,
  eligibilityCriteria: 20000,
  interventionDescription: 1000,
  armGroupDescription: 999,
  studyPopulation: 1000,
  whyStopped: 250,
} as const;

/** What any markup is cut at when its field is not known: the largest limit of any field. */
export const MARKUP_CEILING = LIMITS.detailedDescription;
