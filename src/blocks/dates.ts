/** Key dates: the timeline and, in order of time with today in its place, the list that is its text. */
import { html, nothing, type TemplateResult } from 'lit';
import { estimateWords } from '../i18n/meaning-statements.js';
import { FIELD } from '../view-model/plain.js';
import type { DateRow, PartialDate, StudyView } from '../view-model/study.js';
import { compareDates, timelineOf, todayIndex } from '../view-model/timeline.js';
import type { BlockContext } from './context.js';
import { renderTimeline } from './timeline.js';

export function renderDates(c: BlockContext, view: StudyView): TemplateResult | typeof nothing {
  if (view.dates.length === 0) return nothing;
  const { t, f, now } = c;
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
    ${c.h(1, t.dates.heading, { id: 'dates-heading' })}
    ${layout ? renderTimeline(layout, t) : nothing}
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

/** Today as a registry-style day, for the timeline's text. */
function todayDate(now: Date): PartialDate {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}
