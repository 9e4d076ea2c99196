/**
 * Glance block: side effects at a glance, a table of how many people had each, with a bar per group
 * (in the risks block, when results are posted).
 */
import { css } from 'lit';

export const glanceStyles = css`
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
  @media (forced-colors: active) {
    /* System colours: the bars' own colours would be lost or clash. */
    .bar {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .bar .fill {
      fill: CanvasText;
    }
  }
`;
