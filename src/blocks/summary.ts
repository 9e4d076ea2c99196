/** The study's own summary (with its reading level) and, behind a disclosure, its detailed description. */
import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS } from '../registry/limits.js';
import { FIELD } from '../view-model/plain.js';
import type { FirstScreenView } from '../view-model/first-screen.js';
import type { BlockContext } from './context.js';

export function renderSummary(
  c: BlockContext,
  view: FirstScreenView,
): TemplateResult | typeof nothing {
  const { t } = c;
  const { brief, detailed, readability } = view.summary;
  if (!brief && !detailed) return nothing;
  return html`<section part="summary" class="block" aria-labelledby="summary-heading">
    ${c.h(1, t.summary.heading, { id: 'summary-heading' })}
    ${
      brief
        ? html`<div class="markup" data-source=${FIELD.briefSummary} lang="en">
            ${c.markup(brief, LIMITS.briefSummary, true)}
          </div>`
        : nothing
    }
    ${
      readability
        ? html`<p class="muted small readability" data-source=${FIELD.briefSummary}>
            ${t.summary.readability(readability.level)}
          </p>`
        : nothing
    }
    ${
      detailed
        ? c.disclosure(
            'detailed',
            'more',
            t.summary.readMore,
            () =>
              html`<div class="markup" data-source=${FIELD.detailedDescription} lang="en">
                ${c.markup(detailed, LIMITS.detailedDescription, true)}
              </div>`,
          )
        : nothing
    }
  </section>`;
}
