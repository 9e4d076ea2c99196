/**
 * Locations block: the study team's contacts and the sites, with their notes, filters, distance from the
 * reader and paging.
 */
import { css } from 'lit';

export const locationsStyles = css`
  .note {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.5em;
    margin: 0.25em 0;
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
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
