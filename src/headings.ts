import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  className?: string;
  /** Programmatic focus target (after a retry). */
  focusable?: boolean;
  /** Record field paths of a generated headline. */
  source?: string;
}

/**
 * A heading at `level` (2 or more), so the card fits the host page's outline (`heading-level`); past 6, an ARIA
 * heading with `aria-level`.
 * Native `h2`–`h6` elements, written out because Lit cannot make a tag name dynamic without static templates.
 */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const cls = o.className ?? nothing;
  const tabindex = o.focusable ? '-1' : nothing;
  const source = o.source ?? nothing;
  const n = Math.max(2, Math.round(level));
  // Below h6 there is no element: an ARIA heading keeps the outline's levels distinct.
  if (n > 6) {
    return html`<div
      role="heading"
      aria-level=${n}
      id=${id}
      class=${`${o.className ?? ''} deep-heading`}
      tabindex=${tabindex}
      data-source=${source}
    >
      ${content}
    </div>`;
  }
  switch (n) {
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tabindex} data-source=${source}>
        ${content}
      </h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tabindex} data-source=${source}>
        ${content}
      </h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tabindex} data-source=${source}>
        ${content}
      </h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tabindex} data-source=${source}>
        ${content}
      </h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex=${tabindex} data-source=${source}>
        ${content}
      </h6>`;
  }
}
