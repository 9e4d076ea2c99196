import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* Canvas and CanvasText follow the same preference as the palette below, whatever the page declares. */
    color-scheme: light dark;
    font-size: var(--trial-summary-font-size, 1rem);
    line-height: 1.5;
    color: var(--trial-summary-color, CanvasText);
    --_bg: var(--trial-summary-background, Canvas);
    --_space: var(--trial-summary-spacing, 1rem);
    --_radius: var(--trial-summary-radius, 0.75rem);
    --_muted: var(--trial-summary-muted-color, #4a5560);
    --_accent: var(--trial-summary-accent-color, #0b5cad);
    --_on-accent: var(--trial-summary-on-accent-color, #ffffff);
    --_border: var(--trial-summary-border-color, #c9d1d9);
    --_ok: var(--trial-summary-success-color, #1a6b34);
    --_warn: var(--trial-summary-warning-color, #8a4b00);
    --_stop: var(--trial-summary-danger-color, #a11d2b);
    --_bone: var(--trial-summary-skeleton-color, #e3e8ee);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_muted: var(--trial-summary-muted-color, #b4bcc4);
    --_accent: var(--trial-summary-accent-color, #8cc4ff);
    --_on-accent: var(--trial-summary-on-accent-color, #0d1117);
    --_border: var(--trial-summary-border-color, #49525c);
    --_ok: var(--trial-summary-success-color, #7dd492);
    --_warn: var(--trial-summary-warning-color, #f2bb6b);
    --_stop: var(--trial-summary-danger-color, #ff9ea7);
    --_bone: var(--trial-summary-skeleton-color, #2d333b);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_muted: var(--trial-summary-muted-color, #b4bcc4);
      --_accent: var(--trial-summary-accent-color, #8cc4ff);
      --_on-accent: var(--trial-summary-on-accent-color, #0d1117);
      --_border: var(--trial-summary-border-color, #49525c);
      --_ok: var(--trial-summary-success-color, #7dd492);
      --_warn: var(--trial-summary-warning-color, #f2bb6b);
      --_stop: var(--trial-summary-danger-color, #ff9ea7);
      --_bone: var(--trial-summary-skeleton-color, #2d333b);
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  h2,
  .title {
    font-size: var(--trial-summary-title-font-size, 1.4em);
  }
  h3 {
    font-size: 1.15em;
  }
  h4,
  h5,
  h6,
  .deep-heading {
    font-size: 1em;
    font-weight: bold;
    margin-top: var(--_space);
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Headings focused after a retry need no ring; a site focused after paging keeps it. */
  :is(h2, .error-heading)[tabindex='-1']:focus {
    outline: none;
  }
  .muted {
    color: var(--_muted);
  }
  .small,
  .small-heading {
    font-size: 0.875em;
  }
  .label {
    font-weight: 600;
  }
  .header {
    margin-bottom: var(--_space);
  }
  .official-title {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: var(--_space) 0 0;
  }
  .facts dt,
  .dates dt {
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_muted);
  }
  .facts dd,
  .dates dd {
    margin: 0;
  }
  .nct {
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-block;
    width: fit-content;
    padding: 0.05em 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-weight: 600;
    font-size: 0.9em;
  }
  .badge.small {
    font-size: 0.8em;
    margin-inline-start: 0.4em;
  }
  .badge[data-status='RECRUITING'],
  .badge[data-status='AVAILABLE'],
  .badge[data-status='ENROLLING_BY_INVITATION'],
  .badge[data-status='NOT_YET_RECRUITING'] {
    color: var(--_ok);
  }
  .badge[data-status='SUSPENDED'],
  .badge[data-status='UNKNOWN'],
  .badge[data-status='TEMPORARILY_NOT_AVAILABLE'] {
    color: var(--_warn);
  }
  .badge[data-status='TERMINATED'],
  .badge[data-status='WITHDRAWN'] {
    color: var(--_stop);
  }
  .block {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
    margin-top: var(--_space);
  }
  .markup :is(ul, ol) {
    padding-inline-start: 1.5em;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .markup blockquote,
  blockquote {
    margin: 0.25em 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .markup pre {
    white-space: pre-wrap;
  }
  details.more > summary,
  summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    padding: 0.25em 0;
  }
  ul.plain,
  ol.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.plain > li,
  ol.plain > li {
    margin-bottom: calc(var(--_space) * 0.75);
  }
  ul.risks {
    padding-inline-start: 1.25em;
  }
  ul.risks > li {
    margin-bottom: calc(var(--_space) * 0.5);
  }
  figure.quote {
    margin: 0.4em 0 0;
  }
  figure.quote figcaption {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .chips li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.1em 0.7em;
  }
  .note {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.5em;
    margin: 0.25em 0;
  }
  .dates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0;
  }
  button.term {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    text-align: inherit;
    /* Longhands: WebKit drops the shorthand "underline dotted" here (no underline at all). */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: 1.5px;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  button.term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .definition:not([hidden]) {
    margin-inline: 0.25em;
    padding: 0 0.35em;
    border: 1px solid var(--_border);
    border-radius: 0.35em;
    font-size: 0.95em;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .eligibility-chips {
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .glance-scroll {
    overflow-x: auto;
    margin: 0.5em 0;
  }
  table.glance {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  .glance caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  .glance th,
  .glance td {
    text-align: start;
    vertical-align: top;
    padding: 0.35em 0.5em 0.35em 0;
    border-bottom: 1px solid var(--_border);
  }
  .glance thead th {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .glance tbody th {
    font-weight: 400;
    min-width: 6em;
  }
  .bar {
    display: block;
    width: 100%;
    min-width: 4em;
    height: 0.6em;
    margin-top: 0.2em;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar .fill {
    fill: var(--_warn);
  }
  .bar.deaths .fill {
    fill: var(--_stop);
  }
  figure.timeline {
    margin: 0 0 var(--_space);
  }
  .timeline svg {
    display: block;
    width: 100%;
    max-width: 26rem;
    height: auto;
    overflow: visible;
    font-size: 12px;
  }
  .timeline .axis,
  .timeline .tick {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .timeline .tick-label,
  .timeline .today-label {
    fill: currentColor;
  }
  .timeline .today-label {
    font-weight: 600;
  }
  .timeline .today {
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }
  .timeline .span {
    stroke: var(--_accent);
    stroke-width: 6;
    stroke-linecap: round;
  }
  .timeline .span.estimated {
    stroke-width: 3;
    stroke-dasharray: 5 4;
  }
  .timeline .range {
    fill: var(--_accent);
    fill-opacity: 0.22;
    stroke: var(--_accent);
    stroke-width: 1;
  }
  .timeline .mark circle {
    fill: var(--_accent);
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .timeline .mark.record circle {
    fill: var(--_muted);
    stroke: var(--_muted);
  }
  .timeline .mark text {
    fill: var(--_on-accent);
    font-weight: 700;
    font-size: 10px;
  }
  .timeline .mark.estimated circle {
    fill: var(--_bg);
    stroke-dasharray: 3 2;
  }
  .timeline .mark.estimated text {
    fill: currentColor;
  }
  .dates .key {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.85em;
    letter-spacing: 0;
  }
  .dates .key.estimated {
    background: transparent;
    color: inherit;
    border: 1.5px dashed var(--_accent);
  }
  .dates .key.none {
    background: transparent;
  }
  /* Today's row: the picture's dotted line, not a date mark. */
  .dates .key.today {
    background: transparent;
    border-radius: 0;
    border-inline-start: 2px dotted currentColor;
  }
  .button {
    font: inherit;
    min-height: 44px;
    padding: 0.4em 1.1em;
    border-radius: 0.5em;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .error-heading {
    font-size: 1.15em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .error-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .field {
    margin-bottom: var(--_space);
  }
  .site-controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: end;
    margin: calc(var(--_space) * 0.5) 0;
  }
  .site-controls .control {
    display: flex;
    flex-direction: column;
    min-width: min(100%, 12rem);
  }
  .site-controls label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .site-controls select,
  .site-controls input {
    font: inherit;
    min-height: 44px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: 0.4em;
    background: var(--_bg);
    color: inherit;
    max-width: 100%;
  }
  .geo-status:empty {
    display: none;
  }
  .distance {
    font-weight: 600;
  }
  .field label {
    display: block;
    font-weight: 600;
  }
  .field input[type='email'] {
    font: inherit;
    width: 100%;
    max-width: 28rem;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: 0.4em;
    background: var(--_bg);
    color: inherit;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5em;
    align-items: start;
    margin: 0.35em 0;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.2em;
  }
  .field .check label,
  .field.check label {
    font-weight: normal;
  }
  .check .field-error {
    grid-column: 2;
  }
  fieldset.topics {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  fieldset.topics legend {
    font-weight: 600;
    padding: 0;
  }
  /* The honeypot: out of sight and out of the tab order; only robots fill it in. */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .signup-status.failed {
    color: var(--_stop);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_stop) !important;
  }
  .field-error {
    color: var(--_stop);
    font-weight: 600;
  }
  details.own-words {
    margin-top: calc(var(--_space) * 0.75);
    font-size: 0.9em;
  }
  details.own-words dl {
    margin: 0;
  }
  details.own-words dt {
    font-weight: 600;
    margin-top: 0.5em;
  }
  details.own-words dd {
    margin: 0;
  }
  .registry-title {
    font-size: 0.95em;
  }
  ul.facts-list,
  ul.trust {
    padding-inline-start: 1.25em;
  }
  .disclaimer {
    font-size: 0.9em;
  }
  /* A full card is taller than the screen: a skeleton of one screen keeps what follows out of view until the
     card arrives, so nothing the reader sees jumps. */
  .skeleton {
    min-height: max(22rem, 100vh);
  }
  /* The page's first card fills in block by block: it keeps the skeleton's height (with the card's padding and
     border) until it is whole. */
  .base.growing {
    min-height: calc(max(22rem, 100vh) + var(--_space) * 2.5 + 2px);
  }
  .bone {
    background: var(--_bone);
    border-radius: 0.4rem;
    height: 1rem;
    margin-bottom: 0.75rem;
    animation: pulse 1.6s ease-in-out infinite;
  }
  .bone-title {
    height: 1.75rem;
    width: 80%;
    margin-bottom: 1.25rem;
  }
  .bone-line.short {
    width: 60%;
  }
  .bone-block {
    height: 6rem;
  }
  /* layout="card": a fixed height, so a list of cards does not jump when their studies arrive. */
  .base.compact {
    height: var(--trial-summary-card-height, 20rem);
    overflow: hidden;
    display: flex;
    flex-direction: column;
  }
  .base.compact .skeleton {
    min-height: 0;
    height: 100%;
  }
  .card.compact {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-height: 0;
    flex: 1 1 auto;
  }
  .card.compact .title,
  .compact-facts,
  .compact-actions,
  .compact-source {
    flex-shrink: 0;
  }
  .card.compact .title {
    margin: 0;
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .compact-facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 0;
  }
  .compact-summary {
    margin: 0;
    flex: 0 1 auto;
    /* The only part that gives way when space is short (narrow column, large text). */
    min-height: 0;
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .compact-actions {
    margin-top: auto;
  }
  .compact-source {
    margin: 0;
  }
  @media (forced-colors: active) {
    /* System colours: the pictures' own colours would be lost or clash. */
    .timeline svg,
    .bar {
      forced-color-adjust: none;
    }
    .timeline .span,
    .timeline .axis,
    .timeline .tick,
    .timeline .today,
    .timeline .range,
    .timeline .mark circle {
      stroke: CanvasText;
    }
    .timeline .range,
    .timeline .mark circle,
    .bar .fill {
      fill: CanvasText;
    }
    .timeline .tick-label,
    .timeline .today-label,
    .timeline .mark.estimated text {
      fill: CanvasText;
    }
    .timeline .mark text {
      fill: Canvas;
    }
    .timeline .mark.estimated circle {
      fill: Canvas;
    }
    .bar {
      border-color: CanvasText;
    }
  }
  @media print {
    .base,
    .base.compact {
      border: 0;
      padding: 0;
      height: auto;
      overflow: visible;
    }
    /* No controls on paper; what they hide is printed instead (glossary words stay: they are the text). */
    button:not(.term),
    form,
    .pager,
    .compact-actions,
    .skeleton {
      display: none !important;
    }
    details > summary {
      list-style: none;
      color: inherit;
    }
    /* Links print with where they go. */
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .block {
      break-inside: avoid-page;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
