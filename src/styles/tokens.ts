/**
 * Tokens: the card's private custom properties (`--_*`), each read from its public `--trial-summary-*`
 * property with a light default, and the dark palette, stated once and applied under `theme="dark"` and
 * under `prefers-color-scheme: dark` unless `theme="light"`.
 */
import { css, unsafeCSS } from 'lit';

/**
 * The dark defaults (declarations only): interpolated into both dark rules below, never a sheet itself. A
 * plain string, not a css`` literal: the build's CSS minifier reads each literal as a stylesheet.
 */
const darkPalette = unsafeCSS(`
  --_muted: var(--trial-summary-muted-color, #b4bcc4);
  --_accent: var(--trial-summary-accent-color, #8cc4ff);
  --_on-accent: var(--trial-summary-on-accent-color, #0d1117);
  --_border: var(--trial-summary-border-color, #49525c);
  --_ok: var(--trial-summary-success-color, #7dd492);
  --_warn: var(--trial-summary-warning-color, #f2bb6b);
  --_stop: var(--trial-summary-danger-color, #ff9ea7);
  --_bone: var(--trial-summary-skeleton-color, #2d333b);
`);

export const tokens = css`
  :host {
    /* Canvas and CanvasText follow the same preference as the palette below, whatever the page declares. */
    color-scheme: light dark;
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
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
`;
