/**
 * Dates block: the key dates list under the timeline, each keyed to its mark in the picture (filled,
 * dashed when estimated, a dotted line for today).
 */
import { css } from 'lit';
import { termLabel } from '../styles/base.js';

export const datesStyles = css`
  .dates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0;
  }
  .dates dt {
    ${termLabel}
  }
  .dates dd {
    margin: 0;
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
`;
