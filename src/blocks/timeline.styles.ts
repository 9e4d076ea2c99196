/**
 * Timeline block: the picture of the study's dates (an SVG in the dates block): axis, today's line, the
 * study's span, and numbered date marks (dashed when estimated), with forced-colour fallbacks.
 */
import { css } from 'lit';

export const timelineStyles = css`
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
  @media (forced-colors: active) {
    /* System colours: the picture's own colours would be lost or clash. */
    .timeline svg {
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
    .timeline .mark circle {
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
  }
`;
