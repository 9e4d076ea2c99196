/** The dates as a picture: the study's span, the registry's events and today (the dates list is its text). */
import { nothing, svg, html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import type { TimelineLayout } from '../view-model/timeline.js';

const LANE = 18;
const STUDY_Y = 34;

export function renderTimeline(layout: TimelineLayout, t: Strings): TemplateResult {
  const recordY = STUDY_Y + layout.lanes.study * LANE + 8;
  const axisY = recordY + layout.lanes.record * LANE;
  const height = axisY + 18;
  const yOf = (row: 'study' | 'record', lane: number) =>
    (row === 'study' ? STUDY_Y : recordY) + lane * LANE;
  const clamp = (x: number) => Math.min(layout.width - 22, Math.max(22, x));
  const bar = layout.bar;
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
          ? svg`<line class="span" x1=${bar.from} x2=${bar.solidTo} y1=${STUDY_Y} y2=${STUDY_Y}></line>
            ${bar.to > bar.solidTo ? svg`<line class="span estimated" x1=${bar.solidTo} x2=${bar.to} y1=${STUDY_Y} y2=${STUDY_Y}></line>` : nothing}`
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
