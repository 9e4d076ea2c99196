/**
 * The attributes of `<trial-summary>` as a page writes them, shared by the React and Vue typings.
 * A check (`npm run test:examples`) keeps this list equal to the attributes in custom-elements.json.
 */
export interface TrialSummaryAttributes {
  /** The study's NCT number, e.g. `NCT06097962`. */
  nct?: string;
  /** The API v2 base URL (default `https://clinicaltrials.gov/api/v2`), e.g. a same-origin proxy. */
  'api-base'?: string;
  /** Seconds before an unfinished request is given up (default 15). */
  timeout?: number | string;
  /** Where the "Get updates" form posts; no form without it. */
  'signup-action'?: string;
  /** Your terms of use, linked from the sign-up consent box. */
  'terms-href'?: string;
  /** Your privacy policy, linked from the sign-up consent box. */
  'privacy-href'?: string;
  /** How the sign-up is posted. */
  'signup-encoding'?: 'json' | 'form';
  /** Whether the sign-up POST carries your site's cookies. */
  'signup-credentials'?: 'omit' | 'include';
  /** Units for "Sort by distance from me"; by default the reader's locale decides. */
  'distance-unit'?: 'km' | 'mi' | '';
  /** `auto` follows the reader's light or dark preference. */
  theme?: 'auto' | 'light' | 'dark';
  /** `card`: compact, fixed height, with a way to expand. */
  layout?: 'full' | 'card';
  /** Which blocks to show, in order: `summary risks conditions locations dates signup`. */
  sections?: string;
  /** The title's heading level, 2–6 (default 2). */
  'heading-level'?: number | string;
  /** Adds the study as schema.org `MedicalTrial` JSON-LD to the light DOM, for search engines (off by default). */
  'structured-data'?: boolean;
  /** `lazy` (default) fetches when the card nears the viewport; `eager` at once. */
  loading?: 'lazy' | 'eager';
  /** Seconds a study kept in this browser session counts as fresh (default 3600); `0` turns the cache off. */
  'cache-ttl'?: number | string;
}

/** `api-base` → `apiBase`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

/** The same attributes with camelCase names, as frameworks that camelize template attributes see them. */
export type TrialSummaryCamelAttributes = {
  [K in keyof TrialSummaryAttributes as Camel<K & string>]: TrialSummaryAttributes[K];
};
