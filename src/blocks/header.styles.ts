/**
 * Header block: title lines, the "Can I join?" answer (`part="join"`, markup in join.ts) and the facts list
 * (study number, status, phase, type, sponsor).
 */
import { css } from 'lit';
import { termLabel } from '../styles/base.js';

export const headerStyles = css`
  .header {
    margin-bottom: var(--_space);
  }
  .registry-title {
    font-size: 0.95em;
  }
  .official-title {
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* "Can I join?": its edge takes the answer's colour. */
  .join {
    margin-block: 0.75em;
    padding: 0.6em 0.8em;
    border-inline-start: 0.3em solid var(--_warn);
  }
  .join[data-join='recruiting'],
  .join[data-join='not-yet-recruiting'],
  .join[data-join='by-invitation'] {
    border-inline-start-color: var(--_ok);
  }
  .join[data-join='ended'],
  .join[data-join='withdrawn'],
  .join[data-join='not-taking-new-people'] {
    border-inline-start-color: var(--_stop);
  }
  .join p {
    margin: 0;
  }
  .join p + p {
    margin-top: 0.4em;
  }
  .join-label {
    margin-inline-end: 0.3em;
  }

  /* The facts. */
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: var(--_space) 0 0;
  }
  .facts dt {
    ${termLabel}
  }
  .facts dd {
    margin: 0;
  }
  .nct {
    font-variant-numeric: tabular-nums;
  }
`;
