import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Task, TaskStatus, initialState } from '@lit/task';

import {
  TrialSummaryErrorEvent,
  TrialSummaryLoadEvent,
  TrialSummarySignupErrorEvent,
  TrialSummarySignupEvent,
  TrialSummarySignupSuccessEvent,
} from './events.js';
import {
  conditionFeedUrl,
  encodeSignup,
  newSubmissionId,
  studyFeedUrl,
  type SignupData,
  type SignupTopic,
} from './signup.js';
import {
  formatters,
  languageListeners,
  registerLanguage,
  resolveLanguage,
  type PartialStrings,
  type Formatters,
  type Strings,
} from './i18n/index.js';
import { renderMarkup } from './markup.js';
import { LIMITS } from './registry/limits.js';
import { definitionsFor } from './glossary/definitions.js';
import { findTerms, glossaryReviewed } from './glossary/match.js';
import { DEFAULT_API_BASE, httpUrl, resolveApiBase } from './registry/api-base.js';
import { studyUrl, type StudyResponse } from './registry/client.js';
import { registryClient, type CachedStudy, type SharedRegistryClient } from './registry/shared.js';
import { RegistryError, isAbortError } from './registry/errors.js';
import { parseNctId, studyPageUrl, type NctId } from './registry/ids.js';
import { heading, type HeadingOptions } from './headings.js';
import { styles } from './trial-summary.styles.js';
import { joinStyles, monthOf, renderJoin } from './blocks/join.js';
import { OPEN, asOfAttribute, speaksOfNow } from './view-model/join.js';
import { mailtoHref, telHref } from './view-model/links.js';
import { FIELD } from './view-model/plain.js';
import { ownWords } from './view-model/provenance.js';
import { markdownToText } from './view-model/readability.js';
import {
  distanceUnit,
  filterSites,
  groups,
  mapUrl,
  sortSites,
  summarise,
  type LatLon,
  type PlacedSite,
  type SiteFilter,
} from './view-model/sites.js';
import {
  age,
  estimateWords,
  factText,
  headlineText,
  own,
  riskText,
  shortList,
  trustText,
} from './i18n/statements.js';
import { foreign, runs } from './i18n/foreign.js';
import { glanceOf, type Glance, type Share } from './view-model/glance.js';
import {
  compareDates,
  timelineOf,
  todayIndex,
  type TimelineLayout,
} from './view-model/timeline.js';
import { jsonLd, medicalTrialOf } from './view-model/structured-data.js';
import {
  toStudyView,
  type ContactView,
  type DateRow,
  type HeaderView,
  type HeadlineParts,
  type PartialDate,
  type InterventionView,
  type Join,
  type Paper,
  type RiskNote,
  type SiteView,
  type StudyView,
} from './view-model/study.js';

export * from './element-api.js';

/** Blocks the page's first card renders in its first task; the rest follow one per task. */
const FIRST_BLOCKS = 1;
let firstCardShown = false;

/** Sites listed before "Show all N sites", then the size of each page of sites. */
const FIRST_SITES = 5;
const SITES_PER_PAGE = 50;
const DEFAULT_TIMEOUT_SECONDS = 15;
const DEFAULT_CACHE_TTL_SECONDS = 3600;
/** How far outside the viewport a lazy card starts fetching. */
const LAZY_MARGIN = '800px 0px';
/** Values listed per field in "Show the registry's own words" before "and N more". */
const OWN_WORDS_MAX = 12;
/** Intervention types that are a substance; for the others the block asks "what is being tested". */
const SUBSTANCES = new Set([
  'DRUG',
  'BIOLOGICAL',
  'GENETIC',
  'DIETARY_SUPPLEMENT',
  'COMBINATION_PRODUCT',
]);

interface Loaded extends StudyResponse {
  view: StudyView;
  retrievedAt: Date;
}

type SignupState =
  | { step: 'idle' }
  | { step: 'sending' }
  | { step: 'sent'; email: string }
  | { step: 'failed'; reason: 'http' | 'network' | 'timeout'; status?: number };

interface SignupErrors {
  email?: string;
  topics?: string;
  consent?: string;
}

/**
 * Shows one ClinicalTrials.gov study as a plain-language card for patients.
 *
 * @summary A ClinicalTrials.gov study as a clear, trustworthy, plain-language card.
 * @tag trial-summary
 *
 * @attr nct - The study's NCT number (`NCT03323944`; case, surrounding spaces and short forms such as
 *   `NCT3323944` are accepted). Anything else shows the invalid-id message and sends no request.
 * @attr api-base - The API v2 base URL. Default `https://clinicaltrials.gov/api/v2`. A relative value such
 *   as `/ctgov/api/v2` (a same-origin proxy) resolves against the page; only http(s) is accepted.
 * @attr timeout - Seconds before a request that has not finished is given up (default 15).
 * @attr signup-action - The URL the "Get updates" form posts to. Without it there is no form; the RSS follow
 *   links are always there.
 * @attr terms-href - The host's terms of use, linked from the sign-up consent box.
 * @attr privacy-href - The host's privacy policy, linked from the sign-up consent box.
 * @attr signup-encoding - `json` (default; a cross-origin endpoint must answer the CORS preflight) or `form`
 *   (`application/x-www-form-urlencoded`, no preflight).
 * @attr signup-credentials - `omit` (default) or `include`: send the host's cookies with the sign-up POST.
 * @attr distance-unit - `km` or `mi` for the distances of "Sort by distance from me"; by default the reader's
 *   locale decides (miles in the US and the UK).
 * @attr theme - `auto` (default: the reader's light or dark preference), `light` or `dark`.
 * @attr layout - `full` (default: every block) or `card` (headline, status, phase, one paragraph and a way to
 *   expand, in a fixed height so a list of cards does not jump).
 * @attr sections - Which blocks to show, in order: `summary risks eligibility conditions locations dates signup`. The header,
 *   attribution and live link are always shown.
 * @attr heading-level - The level of the card's title, 2–6 (default 2); its blocks use the levels below.
 * @attr structured-data - Adds schema.org `MedicalTrial` JSON-LD for the study to the light DOM, for search
 *   engines (a `<script type="application/ld+json">` child of the element).
 * @attr loading - `lazy` (default): fetch when the card comes near the viewport; `eager`: fetch at once.
 * @attr cache-ttl - Seconds a study kept in this browser session counts as fresh (default 3600). An older
 *   copy is shown at once and refreshed in the background; `0` turns the cache off.
 *
 * @fires {TrialSummaryLoadEvent} trial-summary-load - A study is shown. `detail`: `nct`, `requestedNct`, `title`,
 * `join` and `asOf` (as `data-join` and `data-as-of`).
 * @fires {TrialSummaryErrorEvent} trial-summary-error - A study could not be shown. `detail`: `nct`,
 *   `reason` (`invalid-id` | `config` | `not-found` | `http` | `network` | `timeout` | `parse` | `mismatch`),
 *   `status` for HTTP errors.
 * @fires {TrialSummarySignupEvent} trial-summary-signup - Cancelable. The reader asked for updates. `detail`:
 *   `nct`, `email`, `topics`, `conditions`, `consent`, `locale`, `submissionId`. Call `preventDefault()` to
 *   handle it yourself; otherwise the card posts `detail` to `signup-action`.
 * @fires {TrialSummarySignupSuccessEvent} trial-summary-signup-success - The card's POST succeeded.
 * @fires {TrialSummarySignupErrorEvent} trial-summary-signup-error - The card's POST failed. `detail`:
 *   `reason` (`http` | `network` | `timeout`), `status`.
 *
 * @slot - Fallback content (for example a plain link to the study): shown before the element upgrades and in
 *   error states, hidden while loading and once the study is shown.
 *
 * @csspart base - The wrapper of every state.
 * @csspart header - Title, study number, status, phase, type and sponsor.
 * @csspart join - The "Can I join?" answer, in the header of both layouts. It and the host carry `data-join`
 * (`recruiting`, `not-yet-recruiting`, `by-invitation`, `not-taking-new-people`, `paused`, `ended`,
 * `withdrawn` or `unknown`) and `data-as-of` (`YYYY-MM` of the record's `statusVerifiedDate`).
 * @csspart summary - The study's own summary and detailed description.
 * @csspart risks - "What this could mean": active substance, what it could lead to, what could go wrong,
 *   with side effects at a glance when results are posted.
 * @csspart eligibility - Who can take part: ages, sex and healthy volunteers, and the full criteria.
 * @csspart conditions - The conditions the study is about.
 * @csspart locations - Contacts and locations.
 * @csspart dates - Key dates, with a timeline.
 * @csspart signup - The "Get updates" form.
 * @csspart disclaimer - Disclaimer, attribution and the link to the full record.
 * @csspart error - The message shown when the study cannot be shown.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--trial-summary-background=Canvas] - Card background.
 * @cssprop [--trial-summary-color=CanvasText] - Text colour.
 * @cssprop [--trial-summary-muted-color=#4a5560] - Secondary text colour (dark scheme: #b4bcc4).
 * @cssprop [--trial-summary-accent-color=#0b5cad] - Links, buttons and focus rings (dark scheme: #8cc4ff).
 * @cssprop [--trial-summary-border-color=#c9d1d9] - Borders and rules (dark scheme: #49525c).
 * @cssprop [--trial-summary-on-accent-color=#ffffff] - Text on accent-coloured buttons (dark scheme: #0d1117).
 * @cssprop [--trial-summary-radius=0.75rem] - Corner radius of the card.
 * @cssprop [--trial-summary-spacing=1rem] - The base spacing unit.
 * @cssprop [--trial-summary-font-size=1rem] - Base font size; the font family is inherited from the page.
 * @cssprop [--trial-summary-title-font-size=1.4em] - The title's font size.
 * @cssprop [--trial-summary-success-color=#1a6b34] - Recruiting and available statuses (dark scheme: #7dd492).
 * @cssprop [--trial-summary-warning-color=#8a4b00] - Paused and unknown statuses, serious side-effect bars (dark scheme: #f2bb6b).
 * @cssprop [--trial-summary-danger-color=#a11d2b] - Stopped statuses, form errors and death bars (dark scheme: #ff9ea7).
 * @cssprop [--trial-summary-skeleton-color=#e3e8ee] - The loading placeholder (dark scheme: #2d333b).
 * @cssprop [--trial-summary-card-height=20rem] - The fixed height of `layout="card"`.
 */
export class TrialSummaryElement extends LitElement {
  static override styles = [styles, joinStyles];

  /**
   * Adds a language the card can write in, for pages that load the one-script build (module users can import
   * `registerLanguage`). Keys the table leaves out stay English.
   *
   * `customElements.get('trial-summary').registerLanguage({ lang: 'fr', summary: { heading: 'Résumé' } })`
   */
  static registerLanguage(table: PartialStrings): void {
    registerLanguage(table);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Glossary words live in the registry's markup (not in a Lit template), so their clicks are delegated.
    root.addEventListener('click', toggleTerm);
    root.addEventListener('keydown', closeTerm as EventListener);
    return root;
  }

  /** The study's NCT number, as given (see the `nct` attribute). */
  @property() nct = '';

  /** The API v2 base URL; empty means the public registry. */
  @property({ attribute: 'api-base' }) apiBase = DEFAULT_API_BASE;

  /** Seconds before an unfinished request is given up. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /** Where the "Get updates" form posts; no form without it. */
  @property({ attribute: 'signup-action' }) signupAction = '';

  /** The host's terms of use, linked from the sign-up consent box. */
  @property({ attribute: 'terms-href' }) termsHref = '';

  /** The host's privacy policy, linked from the sign-up consent box. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** How the sign-up is posted: `json` (default; cross-origin needs a CORS preflight) or `form`. */
  @property({ attribute: 'signup-encoding' }) signupEncoding: 'json' | 'form' = 'json';

  /** `omit` (default) or `include`: whether the sign-up POST carries the host's cookies. */
  @property({ attribute: 'signup-credentials' }) signupCredentials: 'omit' | 'include' = 'omit';

  /** `km` or `mi` for site distances; by default the reader's locale decides (miles in the US and UK). */
  @property({ attribute: 'distance-unit' }) distanceUnit: 'km' | 'mi' | '' = '';

  /** `auto` (default) follows the reader's light or dark preference; `light` and `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** `full` (default): every block. `card`: headline, status, phase and one paragraph in a fixed height. */
  @property({ reflect: true }) layout: 'full' | 'card' = 'full';

  /**
   * Which blocks to show, in order: tokens `summary risks conditions locations dates signup` (the part names).
   * Empty: all of them. The header, attribution and live link are always shown.
   */
  @property() sections = '';

  /** The level of the card's title (2–6, default 2); its blocks use the levels below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Adds the study as schema.org `MedicalTrial` JSON-LD to the light DOM, for search engines. Off by default:
   * a page that shows many cards, or has its own markup for the study, may not want it.
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** `lazy` (default): fetch when the card nears the viewport; `eager`: fetch at once. */
  @property({ reflect: true }) loading: 'lazy' | 'eager' = 'lazy';

  /**
   * Seconds a study kept in the page's session counts as fresh (default 3600). An older copy is shown at
   * once and refreshed in the background; `0` turns the cache off.
   */
  @property({ attribute: 'cache-ttl', type: Number }) cacheTtl = DEFAULT_CACHE_TTL_SECONDS;

  @state() private nearViewport = false;
  /** The sites filter, the reader's position (after they asked to sort by distance) and the ask's state. */
  @state() private siteFilter: SiteFilter = {};
  @state() private origin: LatLon | undefined;
  @state() private geo: 'idle' | 'asking' | 'granted' | 'denied' | 'unavailable' = 'idle';
  @state() private sitesAnnouncement = '';
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** A compact card the reader expanded. */
  @state() private expanded = false;
  /** Printing: disclosures show their content. */
  @state() private printing = false;

  /**
   * The clock for everything date-dependent (the "retrieved" time, notes about ended studies). Tests and
   * stories inject a fixed one.
   */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  /** `undefined`: the first few sites; a number: that page of all sites. */
  @state() private sitesPage: number | undefined;
  @state() private signup: SignupState = { step: 'idle' };
  @state() private signupErrors: SignupErrors = {};
  /** Disclosures the reader opened (their content is built only then). */
  @state() private opened = new Set<string>();

  #pendingEvent: Event | undefined;
  #focusAfterRender: string | undefined;
  #abortedByDisconnect = false;
  /** Screen readers hear state changes the reader caused (a retry, a new study), not every card on load. */
  #announce = false;
  #settledOnce = false;
  #signupController: AbortController | undefined;
  /** The submission id is kept while the reader retries the same sign-up. */
  #signupKey = '';
  #submissionId = '';
  #observer: IntersectionObserver | undefined;
  #refresh: AbortController | undefined;
  #fresh: Loaded | undefined;

  private readonly study = new Task(this, {
    args: () => [this.nct, this.apiBase, this.timeout, this.cacheTtl, this.#readyToLoad] as const,
    task: async (
      [nct, apiBase, timeout, cacheTtl, ready],
      { signal },
    ): Promise<Loaded | typeof initialState> => {
      const raw = String(nct ?? '').trim();
      if (raw === '') return initialState;
      const id = parseNctId(raw);
      if (!id) throw new RegistryError('invalid-id', `Not an NCT number: ${raw}`);
      const base = resolveApiBase(apiBase, document.baseURI);
      if (!base.ok)
        throw new RegistryError('config', `api-base is not an http(s) URL: ${base.value}`);
      // A lazy card far from the viewport waits (showing its skeleton) until the reader scrolls near it.
      if (!ready) return initialState;
      const seconds = Number(timeout) > 0 ? Number(timeout) : DEFAULT_TIMEOUT_SECONDS;
      const ttlSeconds = Number(cacheTtl) >= 0 ? Number(cacheTtl) : DEFAULT_CACHE_TTL_SECONDS;
      const client = registryClient(base.base);
      const found = await client.get(id, { signal, timeoutMs: seconds * 1000, ttlSeconds });
      if (found.stale) this.#refreshInBackground(client, id, seconds * 1000, ttlSeconds);
      return this.#toLoaded(found);
    },
    onComplete: (loaded) => {
      this.#showBlocksInTurn();
      this.#fresh = undefined;
      this.expanded = false;
      this.opened = new Set();
      this.siteFilter = {};
      this.sitesAnnouncement = '';
      this.#settledOnce = true;
      this.sitesPage = undefined;
      this.#resetSignup();
      const join = loaded.view.header.join;
      const asOf = asOfAttribute(join);
      this.#pendingEvent = new TrialSummaryLoadEvent({
        nct: loaded.nct,
        requestedNct: loaded.requestedNct,
        title: loaded.view.header.title,
        join: join.state,
        ...(asOf === undefined ? {} : { asOf }),
      });
    },
    onError: (error) => {
      this.#fresh = undefined;
      this.#refresh?.abort();
      if (isAbortError(error)) return;
      this.#settledOnce = true;
      this.#resetSignup();
      const reason = error instanceof RegistryError ? error.reason : 'parse';
      const status = error instanceof RegistryError ? error.status : undefined;
      this.#pendingEvent = new TrialSummaryErrorEvent({
        nct: parseNctId(this.nct) ?? String(this.nct ?? ''),
        reason,
        ...(status === undefined ? {} : { status }),
      });
      if (reason === 'network') {
        const id = parseNctId(this.nct);
        const base = resolveApiBase(this.apiBase, document.baseURI);
        if (id && base.ok)
          console.warn(this.language.strings.state.networkHint(studyUrl(base.base, id)));
      }
    },
  });

  #toLoaded(found: CachedStudy): Loaded {
    return {
      nct: found.nct,
      requestedNct: found.requestedNct,
      study: found.study,
      view: toStudyView(found.study, found.nct, this.clock()),
      retrievedAt: new Date(found.retrievedAt),
    };
  }

  /**
   * A card shown from a stale copy fetches a fresh one and swaps it in quietly: what the reader typed,
   * filtered or opened stays, and no new load event fires.
   */
  #refreshInBackground(
    client: SharedRegistryClient,
    id: NctId,
    timeoutMs: number,
    ttlSeconds: number,
  ): void {
    this.#refresh?.abort();
    const controller = new AbortController();
    this.#refresh = controller;
    client
      .refresh(id, { signal: controller.signal, timeoutMs, ttlSeconds })
      .then((found) => {
        // Only for the study the card still shows.
        if (
          controller.signal.aborted ||
          parseNctId(this.nct) !== id ||
          this.study.status !== TaskStatus.COMPLETE
        )
          return;
        this.#fresh = this.#toLoaded(found);
        this.requestUpdate();
      })
      .catch(() => {
        // The stale copy stays, with its "retrieved" time; the next load tries again.
      });
  }

  /** The study shown: the task's, or the fresher copy a background refresh brought. */
  private get loaded(): Loaded | undefined {
    return this.#fresh ?? this.study.value;
  }

  /** Printing shows every disclosure's content: listen for print from the browser and from print emulation. */
  #listenForPrint(): void {
    if (this.#printQuery) return;
    this.#printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.#printQuery?.addEventListener('change', this.#onPrintChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  #printQuery: MediaQueryList | undefined;
  #onBeforePrint = () => {
    this.printing = true;
    // A lazy card still waiting for the reader to scroll near it loads for the printout.
    this.nearViewport = true;
  };
  #onAfterPrint = () => {
    this.printing = false;
  };
  #onPrintChange = (event: MediaQueryListEvent) => {
    this.printing = event.matches;
    if (event.matches) this.nearViewport = true;
  };

  /** A heading `offset` levels below the card's title (`heading-level`). */
  #h(offset: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return heading(this.#headingLevel + offset, content, options);
  }

  get #headingLevel(): number {
    const level = Math.round(Number(this.headingLevel));
    return level >= 2 && level <= 6 ? level : 2;
  }

  /** Loads the study again (what the Try again button does). */
  retry(): void {
    this.#announce = true;
    void this.study.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listenForPrint();
    this.#watchViewport();
    watchLanguage(this);
    warmUp(this.language.locale);
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.study.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    // A card taken off the page mid-way shows everything when it comes back.
    clearTimeout(this.#blocksTimer);
    this.#blocksTimer = undefined;
    if (this.#blocksShown !== undefined) {
      this.#blocksShown = undefined;
      this.requestUpdate();
    }
    this.#printQuery?.removeEventListener('change', this.#onPrintChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    this.#printQuery = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#refresh?.abort();
    this.#signupController?.abort();
    if (this.study.status === TaskStatus.PENDING) {
      this.#abortedByDisconnect = true;
      this.study.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#settledOnce && (changed.has('nct') || changed.has('apiBase'))) this.#announce = true;
    if (changed.has('loading')) this.#watchViewport();
  }

  /** Whether the card may fetch now: `loading="eager"`, or near the viewport. */
  get #readyToLoad(): boolean {
    return this.loading === 'eager' || this.nearViewport;
  }

  /** Lazy cards start fetching when they come within about a screen of the viewport. */
  #watchViewport(): void {
    if (this.#readyToLoad || this.#observer || !this.isConnected) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.nearViewport = true;
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.nearViewport = true;
          this.#observer?.disconnect();
          this.#observer = undefined;
        }
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this);
  }

  /**
   * How many blocks the card renders (`undefined`: all). The page's first card shows its first blocks at once
   * and one more per task after that, so that no single task builds the whole card: on a slow phone that was
   * one long task, while the page was still loading.
   */
  #blocksShown: number | undefined;
  #blocksTimer: ReturnType<typeof setTimeout> | undefined;

  #showBlocksInTurn(): void {
    clearTimeout(this.#blocksTimer);
    // Only a page's first card, and only when it is the page's one card: it is built while the page loads,
    // when a long task hurts most. On a page of many cards each renders whole, so none grows block by block
    // beside others (measured: that could shift what the reader sees).
    if (firstCardShown || document.querySelectorAll(this.localName).length > 1) {
      this.#blocksShown = undefined;
      return;
    }
    firstCardShown = true;
    this.#blocksShown = FIRST_BLOCKS;
    const next = () => {
      this.#blocksTimer = undefined;
      if (this.#blocksShown === undefined) return;
      this.#blocksShown += 1;
      if (this.#blocksShown >= parseSections(this.sections).length) this.#blocksShown = undefined;
      this.requestUpdate();
      if (this.#blocksShown !== undefined) this.#blocksTimer = setTimeout(next, 0);
    };
    this.#blocksTimer = setTimeout(next, 0);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncStructuredData();
    this.#syncJoin();
    // The load event waits until every block is in the card.
    const event = this.#blocksShown === undefined ? this.#pendingEvent : undefined;
    if (event) this.#pendingEvent = undefined;
    if (event) this.dispatchEvent(event);
    if (this.#focusAfterRender && this.study.status !== TaskStatus.PENDING) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      this.#focusAfterRender = undefined;
      target?.focus();
    }
  }

  /** The language the card writes in, from its own `lang`, its nearest ancestor's or the document's. */
  private get language(): { locale: string; strings: Strings } {
    return resolveLanguage(
      this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
    );
  }

  #locale = '';
  #strings: Strings | undefined;
  /** The glossary in the card's language, for the registry's markup. */
  #definitions = definitionsFor('en');

  /**
   * A `lang` changed somewhere on the page, or a language was registered: re-render if it matters.
   * @internal
   */
  languageChanged(): void {
    const { locale, strings } = this.language;
    if (locale !== this.#locale || strings !== this.#strings) this.requestUpdate();
  }

  override render(): TemplateResult {
    const { locale, strings: t } = this.language;
    this.#locale = locale;
    this.#strings = t;
    this.#definitions = definitionsFor(t.lang);
    const f = formatters(locale);
    const status = this.study.status;
    return html`<div class="visually-hidden" role="status" lang=${locale}>
        ${this.#announce ? this.announcement(t) : ''}
      </div>
      <div
        part="base"
        class=${this.layout === 'card' && !this.expanded ? 'base compact' : this.#blocksShown === undefined ? 'base' : 'base growing'}
        lang=${locale}
        aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}
      >
        ${this.study.render({
          initial: () =>
            this.#waitingForViewport
              ? html`${this.renderSkeleton()}
                  <div class="visually-hidden"><slot></slot></div>`
              : html`<slot></slot>`,
          pending: () => this.renderSkeleton(),
          complete: (loaded) => this.#renderStudyOrError(this.#fresh ?? loaded, t, f),
          error: (error) => this.renderError(error, t),
        })}
      </div>`;
  }

  /** `data-join` and `data-as-of` on the host, for pages that style or script by the answer. */
  #syncJoin(): void {
    const join =
      this.study.status === TaskStatus.COMPLETE ? this.loaded?.view.header.join : undefined;
    const asOf = join && asOfAttribute(join);
    if (join) this.dataset['join'] = join.state;
    else delete this.dataset['join'];
    if (asOf) this.dataset['asOf'] = asOf;
    else delete this.dataset['asOf'];
  }

  /** Keeps the JSON-LD child in step with `structured-data` and the study shown. */
  #structuredFor: Loaded | undefined;

  #syncStructuredData(): void {
    const loaded = this.structuredData ? (this.#fresh ?? this.loaded) : undefined;
    if (loaded === this.#structuredFor) return;
    this.#structuredFor = loaded;
    let script = this.querySelector<HTMLScriptElement>(':scope > script[data-trial-summary]');
    const trial = loaded ? medicalTrialOf(loaded.study, loaded.nct) : undefined;
    if (!trial) {
      script?.remove();
      return;
    }
    const json = jsonScript(jsonLd(trial));
    if (json === undefined) {
      script?.remove();
      console.warn(
        '<trial-summary>: structured-data needs the Trusted Types policy "trial-summary" on this page.',
      );
      return;
    }
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset['trialSummary'] = '';
      this.append(script);
    }
    script.textContent = json as string;
  }

  /** A lazy card with a valid study id that has not come near the viewport yet. */
  get #waitingForViewport(): boolean {
    return !this.#readyToLoad && parseNctId(this.nct) !== undefined;
  }

  private announcement(t: Strings): string {
    switch (this.study.status) {
      case TaskStatus.PENDING:
        return t.state.loading(parseNctId(this.nct) ?? String(this.nct));
      case TaskStatus.COMPLETE:
        return this.study.value ? t.state.loaded(this.study.value.view.header.title) : '';
      case TaskStatus.ERROR:
        return this.errorMessage(this.study.error, t);
      default:
        return '';
    }
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="skeleton" class="skeleton" aria-hidden="true">
      <div class="bone bone-title"></div>
      <div class="bone bone-line"></div>
      <div class="bone bone-line short"></div>
      <div class="bone bone-block"></div>
      <div class="bone bone-line"></div>
      <div class="bone bone-line short"></div>
    </div>`;
  }

  private errorMessage(error: unknown, t: Strings): string {
    const e = error instanceof RegistryError ? error : new RegistryError('parse', String(error));
    const raw = String(this.nct ?? '').trim();
    const id = parseNctId(raw) ?? raw;
    switch (e.reason) {
      case 'invalid-id':
        return t.state.error['invalid-id'](raw);
      case 'config':
        return t.state.error.config(String(this.apiBase ?? ''));
      case 'not-found':
        return t.state.error['not-found'](id);
      case 'mismatch':
        return t.state.error.mismatch(id);
      case 'http':
        return t.state.error.http(e.status);
      default:
        return t.state.error[e.reason];
    }
  }

  private renderError(error: unknown, t: Strings): TemplateResult {
    const e = error instanceof RegistryError ? error : new RegistryError('parse', String(error));
    const id = parseNctId(this.nct);
    const showLink = id !== undefined && e.reason !== 'not-found';
    return html`<div part="error" class="error">
      ${this.#h(0, t.state.errorHeading, { className: 'error-heading', focusable: true })}
      <p class="error-message">${this.errorMessage(e, t)}</p>
      ${
        e.retryable || showLink
          ? html`<div class="error-actions">
              ${
                e.retryable
                  ? html`<button type="button" class="button retry" @click=${this.retryFromButton}>
                      ${t.state.retry}
                    </button>`
                  : nothing
              }
              ${showLink ? this.renderRecordLink(id, t.state.viewOnRegistry, t) : nothing}
            </div>`
          : nothing
      }
      <slot></slot>
    </div>`;
  }

  private retryFromButton(): void {
    this.#focusAfterRender = '.error-heading, #title';
    this.retry();
  }

  private renderRecordLink(nct: NctId, label: string, t: Strings): TemplateResult {
    return html`<a
      class="record-link"
      href=${studyPageUrl(nct)}
      target="_blank"
      rel="noopener noreferrer"
      >${label}<span class="visually-hidden"> ${t.disclaimer.newTab}</span></a
    >`;
  }

  /** The study that failed to render, so that its error event fires once. */
  #failedToRender: Loaded | undefined;

  /**
   * The study, or the error state when rendering it throws (whatever the record holds): a card always ends
   * with a load or an error event, never blank and silent.
   */
  #renderStudyOrError(loaded: Loaded, t: Strings, f: Formatters): TemplateResult {
    try {
      return this.renderStudy(loaded, t, f);
    } catch (cause) {
      const error = new RegistryError('parse', `The study could not be shown: ${String(cause)}`, {
        cause,
      });
      if (this.#failedToRender !== loaded) {
        this.#failedToRender = loaded;
        this.#pendingEvent = new TrialSummaryErrorEvent({ nct: loaded.nct, reason: 'parse' });
        console.error('<trial-summary>:', cause);
      }
      return this.renderError(error, t);
    }
  }

  private renderStudy(loaded: Loaded, t: Strings, f: Formatters): TemplateResult {
    const { view } = loaded;
    if (this.layout === 'card' && !this.expanded) return this.renderCompact(loaded, t, f);
    const blocks: Record<Section, () => unknown> = {
      summary: () => this.renderSummary(view, t),
      risks: () => this.renderMeaning(loaded, t, f),
      eligibility: () => this.renderEligibility(view, t, f),
      conditions: () => this.renderConditions(view, t),
      locations: () => this.renderContacts(view, t, f, this.#locale),
      dates: () => this.renderDates(view, t, f),
      signup: () => this.renderSignup(loaded, t),
    };
    // The header, the attribution and the link to the live record are there whatever `sections` hides.
    return html`<article class="card" aria-labelledby="title">
      ${this.renderHeader(loaded, t, f)}
      ${parseSections(this.sections)
        .slice(0, this.printing ? undefined : this.#blocksShown)
        .map((section) => blocks[section]())}
      ${this.renderDisclaimer(loaded, t, f)}
    </article>`;
  }

  /** `layout="card"`: headline, status, phase, one paragraph and a way to expand, in a fixed height. */
  private renderCompact(loaded: Loaded, t: Strings, f: Formatters): TemplateResult {
    const h = loaded.view.header;
    const generated = headline(h.headline, t, f);
    const title = generated ? withLang(generated) : html`<span lang="en">${h.title}</span>`;
    const { status, phase } = headerWords(h, t);
    const paragraph = firstParagraph(loaded.view.summary.brief);
    return html`<article class="card compact" aria-labelledby="title">
      ${this.#h(0, title, { id: 'title', className: 'title', focusable: true, source: h.headline.sources.join(' ') })}
      <p class="compact-facts">
        ${status ? html`<span class="badge" data-status=${h.status ?? ''}>${status}</span>${this.renderStatusDate(h, t, f)}` : nothing}
        ${phase ? html`<span>${phase}</span>` : nothing}
        <span class="nct">${h.nct}</span>
      </p>
      ${renderJoin(h.join, t, f)}
      ${paragraph ? html`<p class="compact-summary" part="summary" lang="en">${paragraph}</p>` : nothing}
      <div class="compact-actions">
        <button
          type="button"
          class="button secondary expand"
          aria-expanded="false"
          @click=${this.expand}
        >
          ${t.layout.expand}
        </button>
      </div>
      <p class="compact-source small muted" part="disclaimer">
        ${t.disclaimer.source}. ${this.renderRecordLink(loaded.nct, t.disclaimer.link, t)}
      </p>
    </article>`;
  }

  /** Shows every block of a compact card (the reader asked to; the card may grow). */
  expand(): void {
    this.expanded = true;
    this.#focusAfterRender = '#title';
  }

  private renderHeader(loaded: Loaded, t: Strings, f: Formatters): TemplateResult {
    const h = loaded.view.header;
    const { status, lastKnown, phase, type } = headerWords(h, t);
    const generated = headline(h.headline, t, f);
    return html`<header part="header" class="header">
      ${
        generated
          ? html`${this.#h(0, withLang(generated), {
                id: 'title',
                className: 'title',
                focusable: true,
                source: h.headline.sources.join(' '),
              })}
              <p class="registry-title" data-source=${FIELD.briefTitle}>
                <span class="label">${t.header.registryTitle}:</span>
                <span lang="en">${h.title}</span>
              </p>`
          : this.#h(0, html`<span lang="en">${h.title}</span>`, {
              id: 'title',
              className: 'title',
              focusable: true,
              source: FIELD.briefTitle,
            })
      }
      ${renderJoin(h.join, t, f)}
      ${
        h.officialTitle
          ? html`<p
              class="official-title"
              data-source="protocolSection.identificationModule.officialTitle"
            >
              <span class="label">${t.header.officialTitle}:</span>
              <span lang="en">${h.officialTitle}</span>
            </p>`
          : nothing
      }
      <dl class="facts">
        <div>
          <dt>${t.header.studyNumber}</dt>
          <dd class="nct" data-source="protocolSection.identificationModule.nctId">${h.nct}</dd>
        </div>
        ${
          status
            ? html`<div>
                <dt>${t.header.status}</dt>
                <dd data-source=${`${FIELD.status} ${FIELD.verified}`}>
                  <span class="badge" data-status=${h.status ?? ''}>${status}</span>${
                    lastKnown
                      ? html` <span class="muted">(${t.header.lastKnown(lastKnown)})</span>`
                      : nothing
                  }${this.renderStatusDate(h, t, f)}
                </dd>
              </div>`
            : nothing
        }
        ${
          phase
            ? html`<div>
                <dt>${t.header.phase}</dt>
                <dd data-source=${FIELD.phases}>${phase}</dd>
              </div>`
            : nothing
        }
        ${
          type
            ? html`<div>
                <dt>${t.header.studyType}</dt>
                <dd data-source=${FIELD.studyType}>${type}</dd>
              </div>`
            : nothing
        }
        ${
          h.sponsor
            ? html`<div>
                <dt>${t.header.sponsor}</dt>
                <dd
                  lang="en"
                  data-source="protocolSection.sponsorCollaboratorsModule.leadSponsor.name"
                >
                  ${h.sponsor}
                </dd>
              </div>`
            : nothing
        }
      </dl>
      ${generated ? this.renderOwnWords(loaded, h.headline.sources, t, 'header') : nothing}
    </header>`;
  }

  /** "(as of August 2025)" beside a status that speaks of now, when the record is old. */
  private renderStatusDate(
    h: HeaderView,
    t: Strings,
    f: Formatters,
  ): TemplateResult | typeof nothing {
    const { join } = h;
    const month = monthOf(join, f);
    return speaksOfNow(join) && month
      ? html` <span class="muted status-date">(${t.header.asOf(month)})</span>`
      : nothing;
  }

  private renderSummary(view: StudyView, t: Strings): TemplateResult | typeof nothing {
    const { brief, detailed, readability } = view.summary;
    if (!brief && !detailed) return nothing;
    return html`<section part="summary" class="block" aria-labelledby="summary-heading">
      ${this.#h(1, t.summary.heading, { id: 'summary-heading' })}
      ${
        brief
          ? html`<div
              class="markup"
              data-source="protocolSection.descriptionModule.briefSummary"
              lang="en"
            >
              ${unsafeHTML(renderMarkup(brief, this.#definitions, { max: LIMITS.briefSummary, continues: t.summary.continues }))}
            </div>`
          : nothing
      }
      ${
        readability
          ? html`<p
              class="muted small readability"
              data-source="protocolSection.descriptionModule.briefSummary"
            >
              ${t.summary.readability(readability.level)}
            </p>`
          : nothing
      }
      ${
        detailed
          ? this.renderDisclosure(
              'detailed',
              'more',
              t.summary.readMore,
              () =>
                html`<div
                  class="markup"
                  data-source="protocolSection.descriptionModule.detailedDescription"
                  lang="en"
                >
                  ${unsafeHTML(renderMarkup(detailed, this.#definitions, { max: LIMITS.detailedDescription, continues: t.summary.continues }))}
                </div>`,
            )
          : nothing
      }
    </section>`;
  }

  private renderMeaning(
    loaded: Loaded,
    t: Strings,
    f: Formatters,
  ): TemplateResult | typeof nothing {
    const { interventions, facts, outlook, risks, trust } = loaded.view.meaning;
    if (interventions.length === 0 && facts.length === 0 && !outlook && risks.length === 0)
      return nothing;
    const glance = glanceOf(risks);
    const observational = loaded.view.header.studyType === 'OBSERVATIONAL';
    const tense = loaded.view.meaning.tense;
    // What is tested, what it is compared with, what everyone gets and what only measures, apart.
    const byRole = (...roles: InterventionView['role'][]) =>
      interventions.filter((i) => observational || roles.includes(i.role));
    const tested = observational ? interventions : byRole('tested');
    const substances = tested.every((i) => SUBSTANCES.has(i.type ?? ''));
    const mark = markFor(t);
    const short = (items: string[]) => shortList(items.map(mark), t, f);
    const or = (items: string[]) => shortList(items.map(mark), t, f, true);
    const sources = [
      ...facts.flatMap((x) => x.sources),
      ...(outlook?.sources ?? []),
      ...risks.flatMap((x) => x.sources),
      ...trust.flatMap((x) => x.sources),
    ];
    const { population, papers } = loaded.view.meaning;
    return html`<section part="risks" class="block" aria-labelledby="meaning-heading">
      ${this.#h(1, t.meaning.heading, { id: 'meaning-heading' })}
      <p class="muted">${t.meaning.intro}</p>
      ${this.renderInterventions(
        tested,
        observational
          ? t.meaning.observed(tense)
          : substances && tested.length > 0
            ? t.meaning.substance
            : t.meaning.tested(tense),
        t,
        f,
      )}
      ${observational ? nothing : this.renderInterventions(byRole('compared', 'dummy'), t.meaning.compared(tense), t, f)}
      ${observational ? nothing : this.renderInterventions(byRole('everyone'), t.meaning.everyone(tense), t, f)}
      ${observational ? nothing : this.renderInterventions(byRole('measures'), t.meaning.measures, t, f)}
      ${
        facts.length > 0
          ? html`${this.#h(2, t.meaning.about)}
              <ul class="facts-list">
                ${facts.map((fact) => html`<li data-source=${fact.sources.join(' ')}>${withLang(factText(fact, t, f, short, mark, or))}</li>`)}
              </ul>
              ${
                population
                  ? html`<figure class="quote" data-source=${FIELD.studyPopulation}>
                      <figcaption>${t.facts.observedPopulation}</figcaption>
                      <blockquote class="markup" lang="en">
                        ${unsafeHTML(renderMarkup(population, undefined, { max: LIMITS.studyPopulation, continues: t.summary.continues }))}
                      </blockquote>
                    </figure>`
                  : nothing
              }`
          : nothing
      }
      ${
        outlook
          ? html`${this.#h(2, t.meaning.leadTo)}
              <p data-source=${outlook.sources.join(' ')}>
                ${withLang(t.outlook({ ...outlook, conditions: short(outlook.conditions), ...phaseNameOf(outlook.phases, t) }))}
              </p>`
          : nothing
      }
      ${this.#h(2, t.meaning.goWrong)}
      ${
        risks.length === 0
          ? html`<p>${t.meaning.noRisks}</p>`
          : html`<ul class="risks">
              ${risks.map((risk) => this.renderRisk(risk, t, f, glance))}
            </ul>`
      }
      ${papers.length > 0 ? this.renderPapers(papers, t) : nothing}
      ${
        trust.length > 0
          ? html`${this.#h(2, t.meaning.trust)}
              <ul class="trust">
                ${trust.map((note) => html`<li data-source=${note.sources.join(' ')}>${trustText(note, t, f)}</li>`)}
              </ul>`
          : nothing
      }
      ${t.explanationsReviewed ? nothing : html`<p class="muted small review-note">${t.meaning.reviewNote}</p>`}
      ${this.renderOwnWords(loaded, sources, t, 'meaning')}
    </section>`;
  }

  /** One group of interventions (what is tested, compared with, given to all, measuring), or nothing. */
  private renderInterventions(
    list: InterventionView[],
    heading: string,
    t: Strings,
    f: Formatters,
  ): TemplateResult | typeof nothing {
    if (list.length === 0) return nothing;
    return html`${this.#h(2, heading)}
      <ul class="plain interventions" role="list">
        ${list.map(
          (i) =>
            html`<li
              data-source=${`${FIELD.interventionNames} ${FIELD.interventionTypes} ${FIELD.interventionArms} ${FIELD.armTypes}`}
            >
              <strong lang="en">${i.name}</strong>${
                i.type
                  ? html` <span class="muted"
                      >(${own(t.interventionType, i.type) ?? humanise(i.type)})</span
                    >`
                  : nothing
              }
              ${
                i.otherNames.length > 0
                  ? html`<div class="muted">
                      ${t.meaning.otherNames}:
                      <span lang="en">${f.list(i.otherNames)}</span>
                    </div>`
                  : nothing
              }
              ${i.description ? html`<div class="markup" lang="en" data-source=${FIELD.interventionDescriptions}>${unsafeHTML(renderMarkup(i.description, undefined, { max: LIMITS.interventionDescription, continues: t.summary.continues }))}</div>` : nothing}
            </li>`,
        )}
      </ul>`;
  }

  /** Papers the record lists with its results: ordinary links to PubMed, no request until followed. */
  private renderPapers(papers: Paper[], t: Strings): TemplateResult {
    return html`${this.#h(2, t.papers.heading)}
      <p class="muted small" data-source=${FIELD.references}>${t.papers.intro}</p>
      <ul class="papers">
        ${papers.map(
          (paper) =>
            html`<li data-source=${FIELD.references}>
              ${paper.citation ? html`<span lang="en">${paper.citation}</span> ` : nothing}
              <a
                href=${`https://pubmed.ncbi.nlm.nih.gov/${paper.pmid}/`}
                target="_blank"
                rel="noopener noreferrer"
                >${t.papers.link(paper.pmid)}<span class="visually-hidden">
                  ${t.disclaimer.newTab}</span
                ></a
              >
            </li>`,
        )}
      </ul>`;
  }

  private renderRisk(
    risk: RiskNote,
    t: Strings,
    f: Formatters,
    glance: Glance | undefined,
  ): TemplateResult | typeof nothing {
    // With a picture, the deaths join the serious events' table: their numbers become its second column.
    if (glance && risk.kind === 'deaths') return nothing;
    if (glance && risk.kind === 'serious-adverse-events') {
      const sources = glance.deaths
        ? [...risk.sources, FIELD.deathsAffected, FIELD.deathsAtRisk]
        : risk.sources;
      return html`<li data-source=${sources.join(' ')}>
        ${riskText(risk, t, f).text} ${this.renderGlance(glance, t, f)}
      </li>`;
    }
    const { text, quote, items } = riskText(risk, t, f, markFor(t));
    return html`<li data-source=${risk.sources.join(' ')}>
      ${text}
      ${
        quote
          ? html`<figure class="quote">
              <figcaption>${quote.caption}</figcaption>
              <blockquote lang="en">${quote.text}</blockquote>
            </figure>`
          : nothing
      }
      ${
        items
          ? html`<ul>
              ${items.map((item) => html`<li>${withLang(item)}</li>`)}
            </ul>`
          : nothing
      }
    </li>`;
  }

  /** Per group: the share with a serious health problem (and who died), as numbers and as bars. */
  private renderGlance(glance: Glance, t: Strings, f: Formatters): TemplateResult {
    const g = t.risks.glance;
    const cell = (share: Share | undefined, kind: string) =>
      share
        ? html`<td>
            <span class="share-text"
              >${g.share(f.number(share.affected), f.number(share.atRisk), share.atRisk, f.percent(share.share))}</span
            >
            ${svg`<svg class="bar ${kind}" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              <rect class="fill" width=${(share.share * 100).toFixed(2)} height="10"></rect>
            </svg>`}
          </td>`
        : html`<td></td>`;
    return html`<div class="glance-scroll">
      <table class="glance">
        <caption>
          ${g.caption(glance.deaths)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${g.group}</th>
            <th scope="col">${g.serious}</th>
            ${glance.deaths ? html`<th scope="col">${g.deaths}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${glance.rows.map(
            (row) =>
              html`<tr>
                <th scope="row" lang="en">${row.title}</th>
                ${cell(row.serious, 'serious')}
                ${glance.deaths ? cell(row.deaths, 'deaths') : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** Ages, sex and healthy volunteers as chips; the registry's full criteria in a disclosure. */
  private renderEligibility(
    view: StudyView,
    t: Strings,
    f: Formatters,
  ): TemplateResult | typeof nothing {
    const e = view.eligibility;
    const w = t.eligibility;
    // Each chip with the record field it says: [words, source].
    const chips: [string, string][] = [];
    const module = 'protocolSection.eligibilityModule';
    if (e.minimumAge !== undefined || e.maximumAge !== undefined)
      chips.push([
        w.ages(age(e.minimumAge, t, f), age(e.maximumAge, t, f)),
        `${FIELD.minimumAge} ${FIELD.maximumAge}`,
      ]);
    for (const group of e.stdAges)
      chips.push([own(w.stdAge, group) ?? humanise(group), `${module}.stdAges`]);
    if (e.sex !== undefined) chips.push([own(w.sex, e.sex) ?? humanise(e.sex), FIELD.sex]);
    if (e.genderBased) chips.push([w.genderBased, `${module}.genderBased`]);
    if (e.healthyVolunteers !== undefined)
      chips.push([w.healthy(e.healthyVolunteers), FIELD.healthyVolunteers]);
    if (chips.length === 0 && !e.criteria) return nothing;
    // "Who can take part" only while people can still join; "who could" once it ended or stopped taking people.
    const open = OPEN.has(view.header.join.state);
    return html`<section part="eligibility" class="block" aria-labelledby="eligibility-heading">
      ${this.#h(1, open ? w.heading : w.headingPast, { id: 'eligibility-heading' })}
      ${
        chips.length > 0
          ? html`<ul class="chips eligibility-chips" role="list">
              ${chips.map(([chip, source]) => html`<li data-source=${source}>${chip}</li>`)}
            </ul>`
          : nothing
      }
      ${
        e.genderDescription
          ? html`<p data-source="protocolSection.eligibilityModule.genderDescription" lang="en">
              ${e.genderDescription}
            </p>`
          : nothing
      }
      ${
        e.criteria
          ? this.renderDisclosure(
              'criteria',
              'more',
              w.criteria,
              () =>
                html`<p class="muted small" data-source=${FIELD.status}>${w.criteriaIntro(open)}</p>
                  <div
                    class="markup"
                    data-source="protocolSection.eligibilityModule.eligibilityCriteria"
                    lang="en"
                  >
                    ${unsafeHTML(renderMarkup(e.criteria ?? '', this.#definitions, { max: LIMITS.eligibilityCriteria, continues: t.summary.continues }))}
                  </div>`,
            )
          : nothing
      }
    </section>`;
  }

  /** The dates as a picture: the study's span, the registry's events and today. */
  private renderTimeline(layout: TimelineLayout, t: Strings): TemplateResult {
    const LANE = 18;
    const studyY = 34;
    const recordY = studyY + layout.lanes.study * LANE + 8;
    const axisY = recordY + layout.lanes.record * LANE;
    const height = axisY + 18;
    const yOf = (row: 'study' | 'record', lane: number) =>
      (row === 'study' ? studyY : recordY) + lane * LANE;
    const clamp = (x: number) => Math.min(layout.width - 22, Math.max(22, x));
    const bar = layout.bar;
    // The list below the picture, in the same order with today in its place, is its text equivalent.
    return html`<figure class="timeline">
      <svg
        viewBox="0 0 ${layout.width} ${height}"
        role="img"
        aria-label=${t.dates.timeline}
        preserveAspectRatio="xMidYMid meet"
      >
        ${layout.ticks.map(
          (tick) =>
            svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${axisY - 3} y2=${axisY + 3}></line>
            <text class="tick-label" x=${tick.x} y=${axisY + 15} text-anchor="middle">${tick.year}</text>`,
        )}
        <line class="axis" x1="0" x2=${layout.width} y1=${axisY} y2=${axisY}></line>
        ${
          bar
            ? svg`<line class="span" x1=${bar.from} x2=${bar.solidTo} y1=${studyY} y2=${studyY}></line>
              ${bar.to > bar.solidTo ? svg`<line class="span estimated" x1=${bar.solidTo} x2=${bar.to} y1=${studyY} y2=${studyY}></line>` : nothing}`
            : nothing
        }
        <line class="today" x1=${layout.today} x2=${layout.today} y1="14" y2=${axisY}></line>
        <text class="today-label" x=${clamp(layout.today)} y="10" text-anchor="middle">
          ${t.dates.today}
        </text>
        ${layout.marks.map((m) => {
          const y = yOf(m.row, m.lane);
          const cls = `mark ${m.row}${m.estimated ? ' estimated' : ''}`;
          return svg`<g class=${cls}>
            ${m.precision === 'day' ? nothing : svg`<rect class="range" x=${m.from} y=${y - 8} width=${Math.max(2, m.to - m.from)} height="16" rx="3"></rect>`}
            <circle cx=${m.x} cy=${y} r="7.5"></circle>
            <text x=${m.x} y=${y + 3.5} text-anchor="middle">${m.number}</text>
          </g>`;
        })}
      </svg>
      <figcaption class="muted small">${t.dates.legend}</figcaption>
    </figure>`;
  }

  /** A closed disclosure with the raw record values behind a block's generated sentences. */
  private renderOwnWords(
    loaded: Loaded,
    sources: string[],
    t: Strings,
    key: string,
  ): TemplateResult | typeof nothing {
    if (sources.length === 0) return nothing;
    return this.renderDisclosure(`own-words-${key}`, 'own-words', t.meaning.ownWords, () => {
      const words = ownWords(loaded.study, sources);
      return html`<p class="muted small">${t.meaning.ownWordsIntro}</p>
        <dl>
          ${words.map(
            ({ path, values }) =>
              html`<div data-source=${path}>
                <dt title=${path}>${own(t.fields, path) ?? path}</dt>
                <dd lang="en">
                  ${values.slice(0, OWN_WORDS_MAX).join(' · ')}${
                    values.length > OWN_WORDS_MAX
                      ? html` <span class="muted"
                          >(${t.meaning.more(values.length - OWN_WORDS_MAX)})</span
                        >`
                      : nothing
                  }
                </dd>
              </div>`,
          )}
        </dl>`;
    });
  }

  /**
   * A disclosure whose content is only built once it is opened: most readers never open them, and a page of
   * many cards renders faster without them.
   */
  private renderDisclosure(
    key: string,
    className: string,
    summary: string,
    content: () => unknown,
  ): TemplateResult {
    const open = this.printing || this.opened.has(key);
    return html`<details
      class=${className}
      ?open=${open}
      @toggle=${(event: Event) => this.disclosureToggled(key, (event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>${summary}</summary>
      ${open ? content() : nothing}
    </details>`;
  }

  private disclosureToggled(key: string, open: boolean): void {
    // Printing opens every disclosure; that is not the reader opening them.
    if (this.printing || open === this.opened.has(key)) return;
    const next = new Set(this.opened);
    if (open) next.add(key);
    else next.delete(key);
    this.opened = next;
  }

  private renderConditions(view: StudyView, t: Strings): TemplateResult | typeof nothing {
    const { conditions, keywords, mesh } = view.conditions;
    if (conditions.length === 0 && keywords.length === 0 && mesh.length === 0) return nothing;
    const terms = (label: string, items: string[]) =>
      items.length === 0
        ? nothing
        : html`${this.#h(2, label)}
            <ul class="chips" role="list" lang="en">
              ${items.map((item) => html`<li>${item}</li>`)}
            </ul>`;
    return html`<section part="conditions" class="block" aria-labelledby="conditions-heading">
      ${this.#h(1, t.conditions.heading, { id: 'conditions-heading' })}
      ${terms(t.conditions.registrant, conditions)} ${terms(t.conditions.keywords, keywords)}
      ${terms(t.conditions.mesh, mesh)}
    </section>`;
  }

  private renderContacts(
    view: StudyView,
    t: Strings,
    f: Formatters,
    locale: string,
  ): TemplateResult | typeof nothing {
    const { central, officials, sites } = view.contacts;
    if (central.length === 0 && officials.length === 0 && sites.length === 0) return nothing;
    return html`<section part="locations" class="block" aria-labelledby="contacts-heading">
      ${this.#h(1, t.contacts.heading, { id: 'contacts-heading' })}
      ${
        central.length > 0
          ? html`${this.#h(2, t.contacts.central)}
              <ul class="plain contacts" role="list">
                ${central.map((c) => html`<li>${this.renderContact(c, t)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        officials.length > 0
          ? html`${this.#h(2, t.contacts.officials)}
              <ul class="plain contacts" role="list">
                ${officials.map(
                  (o) =>
                    html`<li>
                      ${o.name ? html`<strong lang="en">${o.name}</strong>` : nothing}
                      ${o.role ? html`<span class="muted">${t.contacts.role[o.role] ?? humanise(o.role)}</span>` : nothing}
                      ${o.affiliation ? html`<div lang="en">${o.affiliation}</div>` : nothing}
                      ${o.note ? html`<p class="note"><span class="label">${t.contacts.note}:</span> <span lang="en">${o.note}</span></p>` : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${sites.length > 0 ? this.renderSites(sites, t, f, locale, view.header.join) : nothing}
    </section>`;
  }

  private renderSites(
    all: SiteView[],
    t: Strings,
    f: Formatters,
    locale: string,
    join: Join,
  ): TemplateResult {
    const month = monthOf(join, f);
    const statusDate = speaksOfNow(join) && month ? t.header.asOf(month) : undefined;
    const filter = this.siteFilter;
    const placed = sortSites(filterSites(all, filter), this.origin);
    const summary = summarise(all);
    const page = this.sitesPage;
    const pages = Math.ceil(placed.length / SITES_PER_PAGE);
    const first = page === undefined ? 0 : page * SITES_PER_PAGE;
    const shown = placed.slice(first, page === undefined ? FIRST_SITES : first + SITES_PER_PAGE);
    const unit =
      this.distanceUnit === 'km' || this.distanceUnit === 'mi'
        ? this.distanceUnit
        : distanceUnit(locale);
    const filtered = Boolean(filter.country || filter.state || filter.text);
    const countries = groups(all, 'country');
    const states = filter.country ? groups(all, 'state', filter.country) : [];
    const located = all.some((s) => s.geo);
    return html`${this.#h(
        2,
        html`${t.contacts.sites}
          <span class="muted">(${t.contacts.siteCount(f.number(all.length), all.length)})</span>`,
        { id: 'sites-heading' },
      )}
      <p class="sites-summary" data-source=${`${FIELD.siteStatuses} ${FIELD.verified}`}>
        ${t.contacts.summary(f.number(summary.total), summary.total, f.number(summary.countries), summary.countries, OPEN.has(join.state) ? f.number(summary.recruiting) : undefined, join.stale ? monthOf(join, f) : undefined)}
      </p>
      ${
        all.length > FIRST_SITES || located
          ? html`<div class="site-controls">
              ${
                countries.length > 1
                  ? html`<div class="control">
                      <label for="site-country">${t.contacts.country}</label>
                      <select id="site-country" @change=${this.chooseCountry}>
                        <option value="" ?selected=${!filter.country}>
                          ${t.contacts.allCountries}
                        </option>
                        ${countries.map(
                          (c) =>
                            html`<option .value=${c.name} ?selected=${filter.country === c.name}>
                              ${c.name} (${f.number(c.count)})
                            </option>`,
                        )}
                      </select>
                    </div>`
                  : nothing
              }
              ${
                states.length > 1
                  ? html`<div class="control">
                      <label for="site-state">${t.contacts.state}</label>
                      <select id="site-state" @change=${this.chooseState}>
                        <option value="" ?selected=${!filter.state}>${t.contacts.allStates}</option>
                        ${states.map(
                          (s) =>
                            html`<option .value=${s.name} ?selected=${filter.state === s.name}>
                              ${s.name} (${f.number(s.count)})
                            </option>`,
                        )}
                      </select>
                    </div>`
                  : nothing
              }
              ${
                all.length > FIRST_SITES
                  ? html`<div class="control">
                      <label for="site-search">${t.contacts.search}</label>
                      <input
                        id="site-search"
                        type="search"
                        autocomplete="off"
                        .value=${filter.text ?? ''}
                        @input=${this.searchSites}
                      />
                    </div>`
                  : nothing
              }
              ${
                located
                  ? html`<div class="control">
                      <button
                        type="button"
                        class="button secondary near-me"
                        aria-disabled=${this.geo === 'asking' ? 'true' : 'false'}
                        @click=${this.sortByDistance}
                      >
                        ${t.contacts.nearMe}
                      </button>
                    </div>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="geo-status muted small" role="status">${this.geoMessage(all, t, f)}</div>
      <div class="visually-hidden sites-announcement" role="status">${this.sitesAnnouncement}</div>
      ${filtered && placed.length === 0 ? html`<p class="no-sites">${t.contacts.noMatch}</p>` : nothing}
      ${
        page !== undefined && pages > 1
          ? html`<p class="muted" id="sites-range">
              ${t.contacts.range(f.number(first + 1), f.number(first + shown.length), f.number(placed.length))}
            </p>`
          : nothing
      }
      <ol class="plain sites" role="list" start=${first + 1} aria-labelledby="sites-heading">
        ${shown.map((p, i) => this.renderSite(p, first + i, t, f, unit, statusDate))}
      </ol>
      ${
        page === undefined && placed.length > FIRST_SITES
          ? html`<button
              type="button"
              class="button secondary show-sites"
              @click=${() => this.showSitesPage(0)}
            >
              ${t.contacts.showAll(f.number(placed.length))}
            </button>`
          : nothing
      }
      ${
        page !== undefined && pages > 1
          ? html`<div class="pager">
              ${
                page > 0
                  ? html`<button
                      type="button"
                      class="button secondary previous-sites"
                      @click=${() => this.showSitesPage(page - 1)}
                    >
                      ${t.contacts.previous(f.number(SITES_PER_PAGE))}
                    </button>`
                  : nothing
              }
              ${
                page < pages - 1
                  ? html`<button
                      type="button"
                      class="button secondary next-sites"
                      @click=${() => this.showSitesPage(page + 1)}
                    >
                      ${t.contacts.next(f.number(Math.min(SITES_PER_PAGE, placed.length - first - SITES_PER_PAGE)))}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }`;
  }

  private geoMessage(all: SiteView[], t: Strings, f: Formatters): string {
    switch (this.geo) {
      case 'asking':
        return t.contacts.geo.asking;
      case 'denied':
        return t.contacts.geo.denied;
      case 'unavailable':
        return t.contacts.geo.unavailable;
      case 'granted': {
        const missing = all.filter((s) => !s.geo).length;
        return `${t.contacts.geo.sorted}${missing > 0 ? ` ${t.contacts.geo.noCoordinates(f.number(missing), missing)}` : ''}`;
      }
      default:
        return '';
    }
  }

  private chooseCountry(event: Event): void {
    const country = (event.currentTarget as HTMLSelectElement).value;
    this.#filterSites({ ...this.siteFilter, country, state: '' });
  }

  private chooseState(event: Event): void {
    this.#filterSites({
      ...this.siteFilter,
      state: (event.currentTarget as HTMLSelectElement).value,
    });
  }

  private searchSites(event: Event): void {
    this.#filterSites({
      ...this.siteFilter,
      text: (event.currentTarget as HTMLInputElement).value,
    });
  }

  /** Applies a filter at once (it is cheap), and tells screen readers the count once typing pauses. */
  #filterSites(filter: SiteFilter): void {
    this.siteFilter = filter;
    if (this.sitesPage !== undefined) this.sitesPage = 0;
    if (this.#announceTimer !== undefined) clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const loaded = this.loaded;
      if (!loaded) return;
      const { locale, strings: t } = this.language;
      const f = formatters(locale);
      const all = loaded.view.contacts.sites;
      const count = filterSites(all, this.siteFilter).length;
      this.sitesAnnouncement = t.contacts.showing(f.number(count), count, f.number(all.length));
    }, 500);
  }

  /** Asks the browser for the reader's position, only now that they pressed the button. */
  private sortByDistance(): void {
    if (this.geo === 'asking') return;
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    if (!geolocation) {
      this.geo = 'unavailable';
      return;
    }
    this.geo = 'asking';
    geolocation.getCurrentPosition(
      (position) => {
        // The position stays in this element's memory: nothing sends it anywhere.
        this.origin = { lat: position.coords.latitude, lon: position.coords.longitude };
        this.geo = 'granted';
        if (this.sitesPage !== undefined) this.sitesPage = 0;
      },
      (error) => {
        this.geo = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  /** Shows one page of all sites; keyboard and screen-reader users land on its first site. */
  private showSitesPage(page: number): void {
    const previous = this.sitesPage;
    this.sitesPage = page;
    // From the first few, the list grows: continue at the first new site. Otherwise, at the page's top.
    this.#focusAfterRender = `#site-${previous === undefined ? FIRST_SITES : page * SITES_PER_PAGE}`;
  }

  private renderSite(
    placed: PlacedSite,
    index: number,
    t: Strings,
    f: Formatters,
    unit: 'km' | 'mi',
    /** "as of August 2025" beside each site's status when the record is old. */
    statusDate: string | undefined,
  ): TemplateResult {
    const { site, distanceKm: km } = placed;
    const place = [site.city, [site.state, site.zip].filter(Boolean).join(' '), site.country]
      .filter(Boolean)
      .join(', ');
    return html`<li class="site" id=${`site-${index}`} tabindex="-1">
      ${site.facility ? html`<strong lang="en">${site.facility}</strong>` : nothing}
      ${
        site.status
          ? html`<span class="badge small" data-status=${site.status}
              >${own(t.contacts.siteStatus, site.status) ?? humanise(site.status)}${
                statusDate ? ` (${statusDate})` : ''
              }</span
            >`
          : nothing
      }
      ${place ? html`<div lang="en">${place}</div>` : nothing}
      ${
        this.origin
          ? html`<div class="distance">
              ${km === undefined ? t.contacts.distanceUnknown : t.contacts.away(f.distance(km, unit))}
            </div>`
          : nothing
      }
      ${
        site.geo
          ? html`<div>
              <a href=${mapUrl(site.geo)} target="_blank" rel="noopener noreferrer"
                >${t.contacts.map}<span class="visually-hidden"
                  >: ${site.facility ?? place} ${t.disclaimer.newTab}</span
                ></a
              >
            </div>`
          : nothing
      }
      ${
        site.contacts.length > 0
          ? html`<ul class="plain contacts" role="list">
              ${site.contacts.map((c) => html`<li>${this.renderContact(c, t)}</li>`)}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private renderContact(contact: ContactView, t: Strings): TemplateResult {
    const tel = contact.phone ? telHref(contact.phone, contact.phoneExt) : undefined;
    const mailto = contact.email ? mailtoHref(contact.email) : undefined;
    return html`${contact.name ? html`<strong lang="en">${contact.name}</strong>` : nothing}
    ${contact.note ? html`<p class="note"><span class="label">${t.contacts.note}:</span> <span lang="en">${contact.note}</span></p>` : nothing}
    ${
      contact.phone
        ? html`<div>
            ${t.contacts.phone}:
            ${tel ? html`<a href=${tel}>${contact.phone}</a>` : contact.phone}${
              contact.phoneExt ? html`, ${t.contacts.extension(contact.phoneExt)}` : nothing
            }
          </div>`
        : nothing
    }
    ${
      contact.email
        ? html`<div>
            ${t.contacts.email}:
            ${mailto ? html`<a href=${mailto}>${contact.email}</a>` : contact.email}
          </div>`
        : nothing
    }`;
  }

  private renderDates(view: StudyView, t: Strings, f: Formatters): TemplateResult | typeof nothing {
    if (view.dates.length === 0) return nothing;
    const now = this.clock();
    // A withdrawn study never ran: its estimated dates are plans that will not happen, so they are not drawn.
    const withdrawn = view.header.join.state === 'withdrawn';
    const layout = timelineOf(
      withdrawn ? view.dates.filter((row) => !row.estimated) : view.dates,
      now,
    );
    const numbers = new Map(layout?.marks.map((m) => [m.kind, m.number]));
    // In order of time, so the list reads as the study's story and follows the picture's numbers.
    const rows: (DateRow | 'today')[] = [...view.dates].sort(compareDates);
    if (layout) rows.splice(todayIndex(rows as DateRow[], now.getTime()), 0, 'today');
    return html`<section part="dates" class="block" aria-labelledby="dates-heading">
      ${this.#h(1, t.dates.heading, { id: 'dates-heading' })}
      ${layout ? this.renderTimeline(layout, t) : nothing}
      <dl class="dates">
        ${rows.map((row) => {
          if (row === 'today')
            return html`<div class="today-row">
              <dt><span class="key today" aria-hidden="true"></span>${t.dates.today}</dt>
              <dd>${f.partialDate(todayDate(now))}</dd>
            </div>`;
          const number = numbers.get(row.kind as never);
          return html`<div>
            <dt>
              ${number === undefined ? html`<span class="key none" aria-hidden="true"></span>` : html`<span class="key${row.estimated ? ' estimated' : ''}" aria-hidden="true">${number}</span>`}${t.dates[row.kind]}
            </dt>
            <dd>
              ${f.partialDate(row.date)}${row.estimated ? html` <span class="muted" data-source=${FIELD.status}>(${estimateWords(row, withdrawn, now, t)})</span>` : nothing}
            </dd>
          </div>`;
        })}
      </dl>
    </section>`;
  }

  private renderSignup(loaded: Loaded, t: Strings): TemplateResult {
    const conditions = loaded.view.conditions.conditions;
    return html`<section part="signup" class="block signup" aria-labelledby="signup-heading">
      ${this.#h(1, t.signup.heading, { id: 'signup-heading' })}
      ${httpUrl(this.signupAction, document.baseURI) ? this.renderSignupForm(conditions, t) : nothing}
      ${this.#h(2, t.follow.heading)}
      <p class="muted small">${t.follow.intro}</p>
      <ul class="plain feeds" role="list">
        <li>
          <a href=${studyFeedUrl(loaded.nct)} target="_blank" rel="noopener noreferrer"
            >${t.follow.study}<span class="visually-hidden"> ${t.disclaimer.newTab}</span></a
          >
        </li>
        ${conditions.map(
          (condition) =>
            html`<li>
              <a href=${conditionFeedUrl(condition)} target="_blank" rel="noopener noreferrer"
                >${t.follow.condition(condition)}<span class="visually-hidden">
                  ${t.disclaimer.newTab}</span
                ></a
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderSignupForm(conditions: string[], t: Strings): TemplateResult {
    const terms = httpUrl(this.termsHref, document.baseURI);
    const privacy = httpUrl(this.privacyHref, document.baseURI);
    const state = this.signup;
    const errors = this.signupErrors;
    const sending = state.step === 'sending';
    const link = (href: string, label: string) =>
      html`<a href=${href} target="_blank" rel="noopener noreferrer"
        >${label}<span class="visually-hidden"> ${t.disclaimer.newTab}</span></a
      >`;
    const message =
      state.step === 'sent'
        ? t.signup.success(state.email)
        : state.step === 'failed'
          ? state.reason === 'http'
            ? t.signup.failure.http(state.status)
            : t.signup.failure[state.reason]
          : '';
    return html`<p>${t.signup.intro}</p>
      <form novalidate @submit=${this.submitSignup}>
        <div class="field">
          <label for="signup-email">${t.signup.email}</label>
          <input
            id="signup-email"
            name="email"
            type="email"
            autocomplete="email"
            required
            aria-invalid=${errors.email ? 'true' : 'false'}
            aria-describedby=${errors.email ? 'signup-email-error signup-email-hint' : 'signup-email-hint'}
          />
          <p id="signup-email-hint" class="muted small">${t.signup.emailHint}</p>
          ${errors.email ? html`<p id="signup-email-error" class="field-error">${errors.email}</p>` : nothing}
        </div>
        <fieldset
          class="field topics"
          aria-describedby=${errors.topics ? 'signup-topics-error' : nothing}
        >
          <legend>${t.signup.topics}</legend>
          <div class="check">
            <input id="signup-topic-study" name="topic" type="checkbox" value="study" checked />
            <label for="signup-topic-study">${t.signup.topicStudy}</label>
          </div>
          ${conditions.map(
            (condition, i) =>
              html`<div class="check">
                <input
                  id=${`signup-topic-condition-${i}`}
                  name="condition"
                  type="checkbox"
                  .value=${condition}
                />
                <label for=${`signup-topic-condition-${i}`}
                  >${t.signup.topicCondition(condition)}</label
                >
              </div>`,
          )}
          ${errors.topics ? html`<p id="signup-topics-error" class="field-error">${errors.topics}</p>` : nothing}
        </fieldset>
        <div class="honeypot" aria-hidden="true">
          <label for="signup-extra">${t.signup.honeypot}</label>
          <input
            id="signup-extra"
            name="trial-summary-extra"
            type="text"
            tabindex="-1"
            autocomplete="off"
          />
        </div>
        <div class="field check">
          <input
            id="signup-consent"
            name="consent"
            type="checkbox"
            required
            aria-invalid=${errors.consent ? 'true' : 'false'}
            aria-describedby=${errors.consent ? 'signup-consent-error' : nothing}
          />
          <label for="signup-consent" id="signup-consent-label"
            >${t.signup.consent}${terms || privacy ? html` ${t.signup.consentAnd} ` : nothing}${
              terms ? link(terms, t.signup.terms) : nothing
            }${terms && privacy ? html` ${t.signup.consentBoth} ` : nothing}${
              privacy ? link(privacy, t.signup.privacy) : nothing
            }.</label
          >
          ${errors.consent ? html`<p id="signup-consent-error" class="field-error">${errors.consent}</p>` : nothing}
        </div>
        <button class="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? t.signup.sending : t.signup.submit}
        </button>
        <p class=${`signup-status ${state.step}`} role="status">${message}</p>
      </form>`;
  }

  private async submitSignup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // While sending, the button only looks disabled (it keeps focus): a second press sends nothing.
    if (this.signup.step === 'sending') return;
    const { locale, strings: t } = this.language;
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const email = field('email');
    const consent = field('consent');
    const address = email.value.trim();
    const topics: SignupTopic[] = field('topic').checked ? ['study'] : [];
    const conditions = [
      ...form.querySelectorAll<HTMLInputElement>('input[name=condition]:checked'),
    ].map((c) => c.value);
    if (conditions.length > 0) topics.push('condition');

    const errors: SignupErrors = {};
    if (address === '') errors.email = t.signup.missingEmail;
    else if (email.validity.typeMismatch || !isPlainEmail(address))
      errors.email = t.signup.invalidEmail;
    if (topics.length === 0) errors.topics = t.signup.missingTopic;
    if (!consent.checked) errors.consent = t.signup.missingConsent;
    this.signupErrors = errors;
    if (errors.email || errors.topics || errors.consent) {
      await this.updateComplete;
      (errors.email ? email : errors.topics ? field('topic') : consent).focus();
      return;
    }
    const loaded = this.loaded;
    const action = httpUrl(this.signupAction, document.baseURI);
    if (!loaded || !action) return;
    // A filled-in honeypot is a robot: thank it, send nothing, and tell the host.
    if (field('trial-summary-extra').value !== '') {
      this.signup = { step: 'sent', email: address };
      this.dispatchEvent(
        new TrialSummarySignupErrorEvent({ nct: loaded.nct, submissionId: '', reason: 'spam' }),
      );
      return;
    }

    const terms = httpUrl(this.termsHref, document.baseURI);
    const privacy = httpUrl(this.privacyHref, document.baseURI);
    const key = JSON.stringify([loaded.nct, address, topics, conditions]);
    if (key !== this.#signupKey) {
      this.#signupKey = key;
      this.#submissionId = newSubmissionId();
    }
    const data: SignupData = {
      nct: loaded.nct,
      email: address,
      topics,
      conditions,
      consent: {
        text: t.signup.consentText(Boolean(terms), Boolean(privacy)),
        links: { ...(terms ? { terms } : {}), ...(privacy ? { privacy } : {}) },
      },
      locale,
      submissionId: this.#submissionId,
    };
    if (!this.dispatchEvent(new TrialSummarySignupEvent(data))) {
      // The host handles the sign-up itself.
      this.signup = { step: 'sent', email: address };
      return;
    }

    const controller = new AbortController();
    this.#signupController = controller;
    this.signup = { step: 'sending' };
    const { body, contentType } = encodeSignup(
      data,
      this.signupEncoding === 'form' ? 'form' : 'json',
    );
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        controller.abort();
      },
      (Number(this.timeout) > 0 ? Number(this.timeout) : DEFAULT_TIMEOUT_SECONDS) * 1000,
    );
    let result: TrialSummarySignupSuccessEvent | TrialSummarySignupErrorEvent;
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
        credentials: this.signupCredentials === 'include' ? 'include' : 'omit',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      result = response.ok
        ? new TrialSummarySignupSuccessEvent({
            nct: data.nct,
            submissionId: data.submissionId,
            status: response.status,
          })
        : new TrialSummarySignupErrorEvent({
            nct: data.nct,
            submissionId: data.submissionId,
            reason: 'http',
            status: response.status,
          });
    } catch {
      result = new TrialSummarySignupErrorEvent({
        nct: data.nct,
        submissionId: data.submissionId,
        reason: timedOut ? 'timeout' : 'network',
      });
    } finally {
      clearTimeout(timer);
    }
    // A sign-up for a study no longer shown (nct changed, card removed) reports nothing.
    if (controller.signal.aborted && !timedOut) return;
    this.signup =
      result instanceof TrialSummarySignupSuccessEvent
        ? { step: 'sent', email: address }
        : {
            step: 'failed',
            // The card's own POST never fails as spam (the honeypot is caught before sending).
            reason: result.detail.reason as 'http' | 'network' | 'timeout',
            ...(result.detail.status === undefined ? {} : { status: result.detail.status }),
          };
    this.dispatchEvent(result);
  }

  #resetSignup(): void {
    this.#signupController?.abort();
    this.#signupController = undefined;
    this.signup = { step: 'idle' };
    this.signupErrors = {};
  }

  private renderDisclaimer(loaded: Loaded, t: Strings, f: Formatters): TemplateResult {
    return html`<footer part="disclaimer" class="block disclaimer">
      ${this.#h(1, t.disclaimer.heading, { className: 'small-heading' })}
      <p>${t.disclaimer.text}</p>
      ${glossaryReviewed() ? nothing : html`<p class="small glossary-note">${t.glossary.note}</p>`}
      <p class="source">
        ${t.disclaimer.source},
        <time datetime=${loaded.retrievedAt.toISOString()}
          >${t.disclaimer.retrieved(f.dateTime(loaded.retrievedAt))}</time
        >.
      </p>
      <p>${this.renderRecordLink(loaded.nct, t.disclaimer.link, t)}</p>
    </footer>`;
  }
}

let warmedUp = false;

/**
 * The first card's slowest first-time costs, each in a task of its own while its study is on the way:
 * Chromium loads list-format data on the first `Intl.ListFormat`, the glossary builds its matcher, and the
 * markup path compiles. Done inside the first render, together they made one long task.
 */
function warmUp(locale: string): void {
  if (warmedUp) return;
  warmedUp = true;
  const later = (work: () => void) => setTimeout(work, 0);
  later(() => formatters(locale).list(['a', 'b']));
  later(() => findTerms('warm up'));
  later(() => renderMarkup('*warm up*'));
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScript(input: string): string },
  ): {
    createScript(input: string): unknown;
  };
}
let scriptPolicy: { createScript(input: string): unknown } | null | undefined;

/**
 * JSON-LD text as the page allows it into a script element: a Trusted Types `TrustedScript` from the policy
 * "trial-summary" where the page requires them (it passes only JSON, which `jsonLd` has made safe), the
 * string itself elsewhere; `undefined` when the page's policy list does not allow ours.
 */
function jsonScript(json: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return json;
  if (scriptPolicy === undefined) {
    try {
      scriptPolicy = trustedTypes.createPolicy('trial-summary', {
        createScript: (input) => JSON.stringify(JSON.parse(input)).replace(/</g, '\\u003c'),
      });
    } catch {
      scriptPolicy = null;
    }
  }
  return scriptPolicy?.createScript(json);
}

/** Record text in a sentence marks itself as English when the card writes another language. */
function markFor(t: Strings): (value: string) => string {
  return t.lang.toLowerCase().split('-')[0] === 'en' ? (value) => value : foreign;
}

/** A generated headline, with record text marked in a card not in English. */
function headline(parts: HeadlineParts, t: Strings, f: Formatters): string | undefined {
  const mark = markFor(t);
  return headlineText(
    {
      ...parts,
      interventions: parts.interventions.map(mark),
      conditions: parts.conditions.map(mark),
    },
    t,
    f,
  );
}

/** A sentence with marked record text (see i18n/foreign.ts): its record runs as `<span lang="en">`. */
function withLang(text: string): unknown {
  const parts = runs(text);
  if (parts.length === 1 && !parts[0]?.foreign) return text;
  return parts.map((part) =>
    part.foreign ? html`<span lang="en">${part.text}</span>` : part.text,
  );
}

/** Shows or hides a glossary word's definition, in place (keyboard, touch and screen readers alike). */
function toggleTerm(event: Event): void {
  const button = (event.target as Element | null)?.closest?.('button.term');
  if (!button) return;
  setTerm(button, button.getAttribute('aria-expanded') !== 'true');
}

/** Escape closes an open definition. */
function closeTerm(event: KeyboardEvent): void {
  const button = (event.target as Element | null)?.closest?.('button.term');
  if (event.key === 'Escape' && button?.getAttribute('aria-expanded') === 'true') {
    setTerm(button, false);
    event.stopPropagation();
  }
}

function setTerm(button: Element, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  const definition = button.nextElementSibling;
  if (definition instanceof HTMLElement && definition.classList.contains('definition'))
    definition.hidden = !open;
}

/** Cards connected to the document, told when a `lang` attribute changes or a language is registered. */
const languageWatchers = new Set<TrialSummaryElement>();
let languageObserver: MutationObserver | undefined;
const notifyLanguage = () => {
  for (const card of languageWatchers) card.languageChanged();
};

function watchLanguage(card: TrialSummaryElement): void {
  languageWatchers.add(card);
  if (languageObserver || typeof MutationObserver === 'undefined') return;
  languageObserver = new MutationObserver(notifyLanguage);
  languageObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  languageListeners.add(notifyLanguage);
}

function unwatchLanguage(card: TrialSummaryElement): void {
  languageWatchers.delete(card);
  if (languageWatchers.size > 0) return;
  languageObserver?.disconnect();
  languageObserver = undefined;
  languageListeners.delete(notifyLanguage);
}

/** Today as a registry-style day, for the timeline's text. */
function todayDate(now: Date): PartialDate {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/** The blocks `sections` can choose, in their default order (the tokens are their part names). */
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

/** The first paragraph of registry markup, as plain text, for the compact layout. */
function firstParagraph(markdown: string | undefined): string | undefined {
  if (!markdown) return undefined;
  const first = markdown.split(/\n\s*\n/)[0] ?? '';
  return markdownToText(first).replace(/\s+/g, ' ').trim() || undefined;
}

/** The header's codes in words (status, last known status, phase, study type), shared by both layouts. */
function headerWords(h: HeaderView, t: Strings) {
  const word = (table: Record<string, string>, code: string | undefined) =>
    code === undefined ? undefined : (table[code] ?? humanise(code));
  return {
    status: word(t.status, h.status),
    lastKnown: word(t.status, h.lastKnownStatus),
    phase:
      h.phases.length === 0 ? undefined : t.phases(h.phases.map((p) => t.phase[p] ?? humanise(p))),
    type: word(t.studyType, h.studyType),
  };
}

/** "ACTIVE_NOT_RECRUITING" → "Active not recruiting", for codes a table does not know. */
function humanise(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The name of a study's single phase, for "This phase 2 study …" (none for NA or two phases). */
function phaseNameOf(phases: string[], t: Strings): { phaseName?: string } {
  const [only, ...rest] = phases;
  const name = only !== undefined && rest.length === 0 ? t.phase[only] : undefined;
  return name !== undefined && only !== 'NA' ? { phaseName: name } : {};
}

function isPlainEmail(value: string): boolean {
  return mailtoHref(value) !== undefined;
}
