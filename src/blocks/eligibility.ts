/** Who can take part: ages, sex and healthy volunteers as chips; the registry's full criteria in a disclosure. */
import { html, nothing, type TemplateResult } from 'lit';
import { own } from '../i18n/statements.js';
import { age } from '../i18n/meaning-statements.js';
import { LIMITS } from '../registry/limits.js';
import { OPEN } from '../view-model/join.js';
import { FIELD } from '../view-model/plain.js';
import type { StudyView } from '../view-model/study.js';
import type { BlockContext } from './context.js';
import { humanise } from './shared.js';

export function renderEligibility(
  c: BlockContext,
  view: StudyView,
): TemplateResult | typeof nothing {
  const { t, f } = c;
  const e = view.eligibility;
  const w = t.eligibility;
  // Each chip with the record field it says: [words, source].
  const chips: [string, string][] = [];
  if (e.minimumAge !== undefined || e.maximumAge !== undefined)
    chips.push([
      w.ages(age(e.minimumAge, t, f), age(e.maximumAge, t, f)),
      `${FIELD.minimumAge} ${FIELD.maximumAge}`,
    ]);
  for (const group of e.stdAges)
    chips.push([own(w.stdAge, group) ?? humanise(group), FIELD.stdAges]);
  if (e.sex !== undefined) chips.push([own(w.sex, e.sex) ?? humanise(e.sex), FIELD.sex]);
  if (e.genderBased) chips.push([w.genderBased, FIELD.genderBased]);
  if (e.healthyVolunteers !== undefined)
    chips.push([w.healthy(e.healthyVolunteers), FIELD.healthyVolunteers]);
  if (chips.length === 0 && !e.criteria) return nothing;
  // "Who can take part" only while people can still join; "who could" once it ended or stopped taking people.
  const open = OPEN.has(view.header.join.state);
  const criteria = e.criteria;
  return html`<section part="eligibility" class="block" aria-labelledby="eligibility-heading">
    ${c.h(1, open ? w.heading : w.headingPast, { id: 'eligibility-heading' })}
    ${
      chips.length > 0
        ? html`<ul class="chips eligibility-chips" role="list">
            ${chips.map(([chip, source]) => html`<li data-source=${source}>${chip}</li>`)}
          </ul>`
        : nothing
    }
    ${
      e.genderDescription
        ? html`<p data-source=${FIELD.genderDescription} lang="en">${e.genderDescription}</p>`
        : nothing
    }
    ${
      criteria
        ? c.disclosure(
            'criteria',
            'more',
            w.criteria,
            () =>
              html`<p class="muted small" data-source=${FIELD.status}>${w.criteriaIntro(open)}</p>
                <div class="markup" data-source=${FIELD.criteria} lang="en">
                  ${c.markup(criteria, LIMITS.eligibilityCriteria, true)}
                </div>`,
          )
        : nothing
    }
  </section>`;
}
