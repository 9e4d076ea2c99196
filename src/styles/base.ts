/**
 * Base: the host and the `part="base"` wrapper, typography (headings, paragraphs, links, focus), and the
 * pieces several blocks share: status badges, block rules, registry markup, disclosures, plain lists, chips,
 * glossary words, buttons; and the `layout="card"` frame.
 */
import { css, unsafeCSS } from 'lit';

/**
 * The small upper-case label of a term in the header's facts and the key dates (declarations only, for
 * interpolation into those blocks' `dt` rules; a plain string, as the dark palette in tokens.ts).
 */
export const termLabel = unsafeCSS(`
  font-size: 0.8em;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.03em;
  color: var(--_muted);
`);

export const base = css`
  :host {
    display: block;
    font-size: var(--trial-summary-font-size, 1rem);
    line-height: 1.5;
    color: var(--trial-summary-color, CanvasText);
  }
  /* A card showing its study, far from the viewport when it arrived, is laid out and painted only when it comes
     near (it keeps its content for find-in-page, screen readers and print); until then it takes an estimated
     height, then its own. A card on screen never gets the class (see controllers/distance.ts). */
  .base.far {
    content-visibility: auto;
    contain-intrinsic-size: auto 60rem;
  }
  .base.compact.far {
    contain-intrinsic-size: auto var(--trial-summary-card-height, 20rem);
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

  /* Typography. */
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

  /* Status badges: the header, the card layout and each site. */
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

  /* Every block below the header, and the registry's own text in them. */
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

  /* Disclosures, plain lists and chips. */
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

  /* Glossary words and their definitions, in any block's text. */
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

  /* Buttons. */
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

  /* layout="card": a fixed height, so a list of cards does not jump when their studies arrive. */
  .base.compact {
    height: var(--trial-summary-card-height, 20rem);
    overflow: hidden;
    display: flex;
    flex-direction: column;
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
`;
