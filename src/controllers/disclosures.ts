/**
 * The card's disclosures: which ones the reader opened (their content is built only then), all of them open
 * while the page prints. A new study closes them again.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** State only: no lifecycle, so not registered with the host (it only asks the host to update). */
export class DisclosuresController {
  #opened = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the page is printing (every disclosure open, and that is not the reader opening them). */
    private readonly printing: () => boolean,
  ) {}

  /** Closes every disclosure (a new study). */
  reset(): void {
    this.#opened = new Set();
    this.host.requestUpdate();
  }

  /** A `<details>` whose content is only built once it is open. */
  render(key: string, className: string, summary: string, content: () => unknown): TemplateResult {
    const open = this.printing() || this.#opened.has(key);
    return html`<details
      class=${className}
      ?open=${open}
      @toggle=${(event: Event) => this.#toggled(key, (event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>${summary}</summary>
      ${open ? content() : nothing}
    </details>`;
  }

  #toggled(key: string, open: boolean): void {
    if (this.printing() || open === this.#opened.has(key)) return;
    const next = new Set(this.#opened);
    if (open) next.add(key);
    else next.delete(key);
    this.#opened = next;
    this.host.requestUpdate();
  }
}
