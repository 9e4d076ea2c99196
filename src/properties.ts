/**
 * The element's public attributes and properties, declared once: `<trial-summary>` (trial-summary.ts) extends
 * this class and documents the attributes, events, parts and custom properties for the manifest.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_API_BASE } from './registry/api-base.js';

export const DEFAULT_TIMEOUT_SECONDS = 15;
export const DEFAULT_CACHE_TTL_SECONDS = 3600;

/** A positive number of seconds, else the default. */
export function secondsOr(value: unknown, fallback: number): number {
  return Number(value) > 0 ? Number(value) : fallback;
}

export class TrialSummaryProperties extends LitElement {
  /** The study's NCT number (`NCT03323944`; case, surrounding spaces and short forms such as `NCT3323944` are
   * accepted). Anything else shows the invalid-id message and sends no request.
   */
  @property() nct = '';

  /** The API v2 base URL. Default `https://clinicaltrials.gov/api/v2`. A relative value such as `/ctgov/api/v2`
   * (a same-origin proxy) resolves against the page; only http(s) is accepted.
   */
  @property({ attribute: 'api-base' }) apiBase = DEFAULT_API_BASE;

  /** Seconds before a request that has not finished is given up (default 15). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /** The URL the "Get updates" form posts to. Without it there is no form; the RSS follow links are always
   * there.
   */
  @property({ attribute: 'signup-action' }) signupAction = '';

  /** The host's terms of use, linked from the sign-up consent box. */
  @property({ attribute: 'terms-href' }) termsHref = '';

  /** The host's privacy policy, linked from the sign-up consent box. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** `json` (default; a cross-origin endpoint must answer the CORS preflight) or `form`
   * (`application/x-www-form-urlencoded`, no preflight).
   */
  @property({ attribute: 'signup-encoding' }) signupEncoding: 'json' | 'form' = 'json';

  /** `omit` (default) or `include`: send the host's cookies with the sign-up POST. */
  @property({ attribute: 'signup-credentials' }) signupCredentials: 'omit' | 'include' = 'omit';

  /** `km` or `mi` for the distances of "Sort by distance from me"; by default the reader's locale decides
   * (miles in the US and the UK).
   */
  @property({ attribute: 'distance-unit' }) distanceUnit: 'km' | 'mi' | '' = '';

  /** `auto` (default: the reader's light or dark preference), `light` or `dark`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** `full` (default: every block) or `card` (headline, status, phase, one paragraph and a way to expand, in a
   * fixed height so a list of cards does not jump).
   */
  @property({ reflect: true }) layout: 'full' | 'card' = 'full';

  /** Which blocks to show, in order: `summary risks eligibility conditions locations dates signup`. The header,
   * attribution and live link are always shown.
   */
  @property() sections = '';

  /** The level of the card's title, 2–6 (default 2); its blocks use the levels below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Adds schema.org `MedicalTrial` JSON-LD for the study to the light DOM, for search engines (a `<script
   * type="application/ld+json">` child of the element).
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** `lazy` (default): fetch when the card comes near the viewport; `eager`: fetch at once. */
  @property({ reflect: true }) loading: 'lazy' | 'eager' = 'lazy';

  /** Seconds a study kept in this browser session counts as fresh (default 3600). An older copy is shown at
   * once and refreshed in the background; `0` turns the cache off.
   */
  @property({ attribute: 'cache-ttl', type: Number }) cacheTtl = DEFAULT_CACHE_TTL_SECONDS;

  /**
   * The clock for everything date-dependent (the "retrieved" time, notes about ended studies). Tests and
   * stories inject a fixed one.
   */
  @property({ attribute: false }) clock: () => Date = () => new Date();
}
