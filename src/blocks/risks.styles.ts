/**
 * Risks block ("What this could mean"): the about-this-study and trust lists, what could go wrong, and the
 * record's words quoted beside a statement. Side effects at a glance are in glance.styles.ts.
 */
import { css } from 'lit';

export const risksStyles = css`
  ul.facts-list,
  ul.trust,
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
`;
