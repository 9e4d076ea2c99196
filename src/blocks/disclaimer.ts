/** The disclaimer: what the card is not, the glossary's review status, the source and the live record. */
import { html, nothing, type TemplateResult } from 'lit';
import { lazy } from '../lazy.js';
import type { BlockContext, Loaded } from './context.js';
import { recordLink } from './shared.js';

export function renderDisclaimer(c: BlockContext, loaded: Loaded): TemplateResult {
  const { t, f } = c;
  return html`<footer part="disclaimer" class="block disclaimer">
    ${c.h(1, t.disclaimer.heading, { className: 'small-heading' })}
    <p>${t.disclaimer.text}</p>
    ${lazy('glossary')?.glossaryReviewed() ? nothing : html`<p class="small glossary-note">${t.glossary.note}</p>`}
    <p class="source">
      ${t.disclaimer.source},
      <time datetime=${loaded.retrievedAt.toISOString()}
        >${t.disclaimer.retrieved(f.dateTime(loaded.retrievedAt))}</time
      >.
    </p>
    <p>${recordLink(loaded.nct, t.disclaimer.link, t)}</p>
  </footer>`;
}
