/**
 * `<trial-summary>`: the element orchestrates. It owns the properties, the study's Task, the lifecycle, events
 * and focus, and chooses and orders the blocks. Blocks render (`src/blocks/`, one file per block, each a function
 * of a BlockContext and the view model); controllers own state with a lifecycle (`src/controllers/`); the view
 * model, registry client, words and glossary are pure (`src/view-model/`, `src/registry/`, `src/i18n/`,
 * `src/glossary/`).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';

import { TrialSummaryErrorEvent, TrialSummaryLoadEvent } from './events.js';
import { registerLanguage, type PartialStrings } from './i18n/index.js';
import {
  DEFAULT_CACHE_TTL_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  TrialSummaryProperties,
  secondsOr,
} from './properties.js';
import { studyUrl } from './registry/client.js';
import { registryClient, type CachedStudy } from './registry/shared.js';
import { RegistryError, isAbortError } from './registry/errors.js';
import { studyRequest } from './registry/request.js';
import { parseNctId } from './registry/ids.js';
import { adoptBlockStyles, styles } from './trial-summary.styles.js';
import { asOfAttribute } from './view-model/join.js';
import { HostDataController } from './controllers/host-data.js';
import { parseSections } from './sections.js';
import {
  blockContext,
  loadedOf,
  type BlockContext,
  type CardContext,
  type Loaded,
} from './blocks/context.js';
import { renderCompact } from './blocks/compact.js';
import { renderDisclaimer } from './blocks/disclaimer.js';
import { renderHeader } from './blocks/header.js';
import { announcement, renderError, renderSkeleton } from './blocks/states.js';
import { renderSummary } from './blocks/summary.js';
import { listenForTerms } from './blocks/terms.js';
import { DisclosuresController } from './controllers/disclosures.js';
import { GrowthController } from './controllers/growth.js';
import { LanguageController } from './controllers/language.js';
import { PrintController } from './controllers/print.js';
import { RefreshController } from './controllers/refresh.js';
import type { Parts } from './lazy/blocks.js';
import { ViewportController } from './controllers/viewport.js';
import { DistanceController } from './controllers/distance.js';
import { warmUp } from './warm-up.js';
import { arrivals, lazy, need, needWhenIdle, waitingFor, type LazyName } from './lazy.js';

export * from './element-api.js';
export { SECTIONS, parseSections, type Section } from './sections.js';

/**
 * Shows one ClinicalTrials.gov study as a plain-language card for patients.
 *
 * @summary A ClinicalTrials.gov study as a clear, trustworthy, plain-language card.
 * @tag trial-summary
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
export class TrialSummaryElement extends TrialSummaryProperties {
  static override styles = styles;

  /**
   * Adds a language the card can write in, for pages that load the one-script build (module users can import
   * `registerLanguage`). Keys the table leaves out stay English.
   *
   * `customElements.get('trial-summary').registerLanguage({ lang: 'fr', summary: { heading: 'Résumé' } })`
   */
  static registerLanguage(table: PartialStrings): void {
    registerLanguage(table);
  }

  constructor() {
    super();
    new HostDataController(this, () => ({
      shown: this.study.status === TaskStatus.COMPLETE ? this.loaded : undefined,
      structured: this.structuredData ? this.loaded : undefined,
    }));
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    listenForTerms(root);
    return root;
  }

  /** A compact card the reader expanded (until the next study). */
  #expanded = false;

  readonly #language = new LanguageController(this);
  readonly #viewport = new ViewportController(this);
  readonly #distance = new DistanceController(this);
  readonly #print = new PrintController(this, () => this.#viewport.force());
  readonly #growth = new GrowthController(this);
  readonly #disclosures = new DisclosuresController(this, () => this.#print.printing);
  readonly #refresh = new RefreshController(
    this,
    (id) => parseNctId(this.nct) === id && this.study.status === TaskStatus.COMPLETE,
    (found) => this.#toLoaded(found),
  );
  #toLoaded = (found: CachedStudy): Loaded => loadedOf(found, this.clock());

  #pendingEvent: Event | undefined;
  #focusAfterRender: string | undefined;
  #abortedByDisconnect = false;
  /** Screen readers hear state changes the reader caused (a retry, a new study), not every card on load. */
  #announce = false;
  #settledOnce = false;
  /** The study that failed to render, so that its error event fires once. */
  #failedToRender: Loaded | undefined;
  /** Lazy modules the last render asked for, and whether the card waits for some to be whole. */
  #missing = new Set<LazyName>();
  #incomplete = false;
  #arrived = () => this.requestUpdate();

  private readonly study = new Task(this, {
    args: () =>
      [this.nct, this.apiBase, this.timeout, this.cacheTtl, this.#viewport.ready] as const,
    task: async (
      [nct, apiBase, timeout, cacheTtl, ready],
      { signal },
    ): Promise<Loaded | typeof initialState> => {
      const request = studyRequest(nct, apiBase, document.baseURI);
      // A lazy card far from the viewport waits (showing its skeleton) until the reader scrolls near it.
      if (!request || !ready) return initialState;
      const { id, base } = request;
      const timeoutMs = secondsOr(timeout, DEFAULT_TIMEOUT_SECONDS) * 1000;
      const ttlSeconds = Number(cacheTtl) >= 0 ? Number(cacheTtl) : DEFAULT_CACHE_TTL_SECONDS;
      const client = registryClient(base);
      const found = await client.get(id, { signal, timeoutMs, ttlSeconds });
      if (found.stale) this.#refresh.start(client, id, timeoutMs, ttlSeconds);
      return this.#toLoaded(found);
    },
    onComplete: (loaded) => {
      this.#growth.start(() => parseSections(this.sections).length);
      this.#refresh.clear();
      this.#expanded = false;
      this.#disclosures.reset();
      this.#settledOnce = true;
      this.#parts?.sites.reset();
      this.#parts?.resetSignup();
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
      this.#refresh.clear(true);
      if (isAbortError(error)) return;
      this.#settledOnce = true;
      this.#parts?.resetSignup();
      const reason = error instanceof RegistryError ? error.reason : 'parse';
      const status = error instanceof RegistryError ? error.status : undefined;
      this.#pendingEvent = new TrialSummaryErrorEvent({
        nct: parseNctId(this.nct) ?? String(this.nct ?? ''),
        reason,
        ...(status === undefined ? {} : { status }),
      });
      // Site owners hear, in the console, which address could not be reached and what may help.
      const request =
        reason === 'network' && studyRequest(this.nct, this.apiBase, document.baseURI);
      if (request)
        console.warn(
          this.#language.current.strings.state.networkHint(studyUrl(request.base, request.id)),
        );
    },
  });

  /** The study shown: the task's, or the fresher copy a background refresh brought. */
  private get loaded(): Loaded | undefined {
    return this.#refresh.fresh ?? this.study.value;
  }

  /** The sites list's and sign-up form's controllers, made with the blocks' code (which brings their styles). */
  #parts: Parts | undefined;
  get #blockParts(): Parts | undefined {
    if (this.#parts) return this.#parts;
    const blocks = lazy('blocks');
    if (!blocks) return undefined;
    if (this.shadowRoot) adoptBlockStyles(this.shadowRoot, blocks.styles);
    this.#parts = blocks.createParts(this, {
      loaded: () => this.loaded,
      language: () => this.#language.current,
      focus: (selector) => (this.#focusAfterRender = selector),
      attributes: this,
      request: () => ({
        nct: this.loaded?.nct,
        timeoutMs: secondsOr(this.timeout, DEFAULT_TIMEOUT_SECONDS) * 1000,
      }),
    });
    return this.#parts;
  }

  /** Loads the study again (what the Try again button does). */
  retry(): void {
    this.#announce = true;
    void this.study.run();
  }

  /** Shows every block of a compact card (the reader asked to; the card may grow). */
  expand(): void {
    this.#expanded = true;
    this.requestUpdate();
    this.#focusAfterRender = '#title';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    arrivals.add(this.#arrived);
    warmUp(this.#language.current.locale);
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.study.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    arrivals.delete(this.#arrived);
    if (this.study.status === TaskStatus.PENDING) {
      this.#abortedByDisconnect = true;
      this.study.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#settledOnce && (changed.has('nct') || changed.has('apiBase'))) this.#announce = true;
    if (changed.has('loading')) this.#viewport.watch();
    // The sign-up form's code is fetched beside the study, not after it.
    if (changed.has('signupAction') && this.signupAction) need('signupForm');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // What the card asked for and did not have: the blocks and markup now, the glossary once the card is
    // whole and its load event has fired (the event waits until every block is in the card).
    for (const name of this.#missing) if (name !== 'glossary') need(name);
    const whole = this.#growth.shown === undefined && !this.#incomplete;
    const event = whole ? this.#pendingEvent : undefined;
    if (event) this.#pendingEvent = undefined;
    if (event) this.dispatchEvent(event);
    if (whole && this.#missing.has('glossary')) needWhenIdle('glossary');
    if (this.#focusAfterRender && this.study.status !== TaskStatus.PENDING) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      this.#focusAfterRender = undefined;
      target?.focus();
    }
  }

  override render(): TemplateResult {
    const { locale, strings: t } = this.#language.resolve();
    const c = blockContext({
      t,
      locale,
      now: this.clock(),
      headingLevel: this.headingLevel,
      disclosure: (...args) => this.#disclosures.render(...args),
    });
    const status = this.study.status;
    const waiting = !this.#viewport.ready && parseNctId(this.nct) !== undefined;
    const body = this.study.render({
      initial: () =>
        waiting
          ? html`${renderSkeleton()}
              <div class="visually-hidden"><slot></slot></div>`
          : html`<slot></slot>`,
      pending: () => renderSkeleton(),
      // A card whose language is on its way waits for it rather than show English first.
      complete: (loaded) =>
        this.#language.pending
          ? renderSkeleton()
          : this.#renderStudyOrError(c, this.#refresh.fresh ?? loaded),
      error: (error) => this.#renderError(c, error),
    });
    this.#missing = c.missing;
    this.#incomplete = status === TaskStatus.COMPLETE && (this.#language.pending || c.incomplete);
    const growing = this.#growth.shown !== undefined || this.#incomplete;
    return html`<div class="visually-hidden" role="status" lang=${locale}>
        ${
          this.#announce
            ? announcement(this.study, String(this.nct ?? ''), String(this.apiBase ?? ''), t)
            : ''
        }
      </div>
      <div
        part="base"
        class=${`${this.layout === 'card' && !this.#expanded ? 'base compact' : growing ? 'base growing' : 'base'}${this.#distance.far && status === TaskStatus.COMPLETE ? ' far' : ''}`}
        lang=${locale}
        aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}
      >
        ${body}
      </div>`;
  }

  #renderError(c: BlockContext, error: unknown): TemplateResult {
    return renderError(c, error, String(this.nct ?? ''), String(this.apiBase ?? ''), () => {
      this.#focusAfterRender = '.error-heading, #title';
      this.retry();
    });
  }

  /**
   * The study, or the error state when rendering it throws (whatever the record holds): a card always ends
   * with a load or an error event, never blank and silent.
   */
  #renderStudyOrError(c: CardContext, loaded: Loaded): TemplateResult {
    try {
      return this.#renderStudy(c, loaded);
    } catch (cause) {
      if (this.#failedToRender !== loaded) {
        this.#failedToRender = loaded;
        this.#pendingEvent = new TrialSummaryErrorEvent({ nct: loaded.nct, reason: 'parse' });
        console.error('<trial-summary>:', cause);
      }
      const message = `The study could not be shown: ${String(cause)}`;
      return this.#renderError(c, new RegistryError('parse', message, { cause }));
    }
  }

  #renderStudy(c: CardContext, loaded: Loaded): TemplateResult {
    if (this.layout === 'card' && !this.#expanded)
      return renderCompact(c, loaded, () => this.expand());
    const { view } = loaded;
    // Blocks in order, down to the first whose code or text is still on its way: what is shown never moves
    // when the rest arrives (the card keeps its reserved height meanwhile). A block whose code could not be
    // loaded is left out.
    const shown: unknown[] = [];
    const parts = this.#blockParts;
    const sections = parseSections(this.sections);
    for (const section of sections.slice(
      0,
      this.#print.printing ? undefined : this.#growth.shown,
    )) {
      if (section === 'summary') shown.push(renderSummary(c, view));
      else if (parts) shown.push(lazy('blocks')?.renderBlock(section, c, loaded, parts));
      else if (waitingFor('blocks')) c.missing.add('blocks');
      if (c.incomplete) break;
    }
    // The header, the attribution and the link to the live record are there whatever `sections` hides.
    return html`<article class="card" aria-labelledby="title">
      ${renderHeader(c, loaded)} ${shown} ${c.incomplete ? nothing : renderDisclaimer(c, loaded)}
    </article>`;
  }
}
