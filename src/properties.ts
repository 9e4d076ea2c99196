/**
 * The element's public attributes and properties, declared once: `<trial-summary>` (trial-summary.ts) extends
 * this class and documents the attributes, events, parts and custom properties for the manifest.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { DEFAULT_API_BASE } from './registry/api-base.js';

export const DEFAULT_TIMEOUT_SECONDS = 15;
export const DEFAULT_CACHE_TTL_SECONDS = 3600;

/** A positive number of seconds, else the default. */
export function secondsOr(value: unknown, fallback: number): number {
  return Number(value) > 0 ? Number(value) : fallback;
}

export class TrialSummaryProperties extends LitElement {
  /** The attributes and properties below, for Lit (no decorators: their runtime costs bytes in every build). */
  static override properties: PropertyDeclarations = {
    nct: {},
    apiBase: { attribute: 'api-base' },
    timeout: { type: Number },
    signupAction: { attribute: 'signup-action' },
    termsHref: { attribute: 'terms-href' },
    privacyHref: { attribute: 'privacy-href' },
    signupEncoding: { attribute: 'signup-encoding' },
    signupCredentials: { attribute: 'signup-credentials' },
    distanceUnit: { attribute: 'distance-unit' },
    theme: { reflect: true },
    layout: { reflect: true },
    sections: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { attribute: 'structured-data', type: Boolean },
    loading: { reflect: true },
    cacheTtl: { attribute: 'cache-ttl', type: Number },
    clock: { attribute: false },
  };

  /** The study's NCT number (`NCT03323944`; case, surrounding spaces and short forms such as `NCT3323944` are
   * accepted). Anything else shows the invalid-id message and sends no request.
   */
  nct = '';

  /** The API v2 base URL. Default `https://clinicaltrials.gov/api/v2`. A relative value such as `/ctgov/api/v2`
   * (a same-origin proxy) resolves against the page; only http(s) is accepted.
   */
  apiBase = DEFAULT_API_BASE;

  /** Seconds before a request that has not finished is given up (default 15). */
  timeout = DEFAULT_TIMEOUT_SECONDS;

  /** The URL the "Get updates" form posts to. Without it there is no form; the RSS follow links are always
   * there.
   */
  signupAction = '';

  /** The host's terms of use, linked from the sign-up consent box. */
  termsHref = '';

  /** The host's privacy policy, linked from the sign-up consent box. */
  privacyHref = '';

  /** `json` (default; a cross-origin endpoint must answer the CORS preflight) or `form`
   * (`application/x-www-form-urlencoded`, no preflight).
   */
  signupEncoding: 'json' | 'form' = 'json';

  /** `omit` (default) or `include`: send the host's cookies with the sign-up POST. */
  signupCredentials: 'omit' | 'include' = 'omit';

  /** `km` or `mi` for the distances of "Sort by distance from me"; by default the reader's locale decides
   * (miles in the US and the UK).
   */
  distanceUnit: 'km' | 'mi' | '' = '';

  /** `auto` (default: the reader's light or dark preference), `light` or `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** `full` (default: every block) or `card` (headline, status, phase, one paragraph and a way to expand, in a
   * fixed height so a list of cards does not jump).
   */
  layout: 'full' | 'card' = 'full';

  /** Which blocks to show, in order: `summary risks eligibility conditions locations dates signup`. The header,
   * attribution and live link are always shown.
   */
  sections = '';

  /** The level of the card's title, 2–6 (default 2); its blocks use the levels below. */
  headingLevel = 2;

  /** Adds schema.org `MedicalTrial` JSON-LD for the study to the light DOM, for search engines (a `<script
   * type="application/ld+json">` child of the element).
   */
  structuredData = false;

  /** `lazy` (default): fetch when the card comes near the viewport; `eager`: fetch at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Seconds a study kept in this browser session counts as fresh (default 3600). An older copy is shown at
   * once and refreshed in the background; `0` turns the cache off.
   */
  cacheTtl = DEFAULT_CACHE_TTL_SECONDS;

  /**
   * The clock for everything date-dependent (the "retrieved" time, notes about ended studies). Tests and
   * stories inject a fixed one.
   */
  clock: () => Date = () => new Date();
}
