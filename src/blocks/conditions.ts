/** The conditions the study is about: the registrant's, its keywords and the registry's MeSH terms. */
import { html, nothing, type TemplateResult } from 'lit';
import type { StudyView } from '../view-model/study.js';
import type { BlockContext } from './context.js';

export function renderConditions(
  c: BlockContext,
  view: StudyView,
): TemplateResult | typeof nothing {
  const { t } = c;
  const { conditions, keywords, mesh } = view.conditions;
  if (conditions.length === 0 && keywords.length === 0 && mesh.length === 0) return nothing;
  const terms = (label: string, items: string[]) =>
    items.length === 0
      ? nothing
      : html`${c.h(2, label)}
          <ul class="chips" role="list" lang="en">
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`;
  return html`<section part="conditions" class="block" aria-labelledby="conditions-heading">
    ${c.h(1, t.conditions.heading, { id: 'conditions-heading' })}
    ${terms(t.conditions.registrant, conditions)} ${terms(t.conditions.keywords, keywords)}
    ${terms(t.conditions.mesh, mesh)}
  </section>`;
}
