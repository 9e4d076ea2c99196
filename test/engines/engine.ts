/**
 * Which engine a test runs in, for the few web-test-runner commands that not every engine offers:
 * `emulateMedia` works in Chromium only, `setViewport` in Chromium and Firefox (not WebKit's MiniBrowser).
 * Tests use engine-neutral ways where there are any (a sized container instead of a narrow window, the
 * `beforeprint` and `afterprint` events) and these commands only where they exist.
 */
import { emulateMedia } from '@web/test-runner-commands';

const agent = navigator.userAgent;

/** The engine running this test: Firefox (Gecko), Chromium (Blink) or WebKit. */
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(agent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(agent)
    ? 'chromium'
    : 'webkit';

/** Whether `emulateMedia` (print, colour scheme) is available: Chromium only. */
export const CAN_EMULATE_MEDIA = ENGINE === 'chromium';

/**
 * Shows the page as printed (or back on screen). Chromium emulates the print medium, so the card's
 * `@media print` styles apply too; elsewhere the browser's own `beforeprint` / `afterprint` events are fired,
 * which is what the card listens to, and only the styles go unchecked.
 */
export async function printing(on: boolean): Promise<void> {
  if (CAN_EMULATE_MEDIA) await emulateMedia({ media: on ? 'print' : 'screen' });
  else window.dispatchEvent(new Event(on ? 'beforeprint' : 'afterprint'));
}

/**
 * The engine's own `Canvas` colour in a light or dark color-scheme: the card's background unless a page
 * sets `--trial-summary-background`. Dark differs by engine: rgb(18, 18, 18) in Chromium, rgb(28, 27, 34)
 * in Firefox and WebKitGTK.
 */
export function canvasColor(scheme: 'light' | 'dark'): string {
  const probe = document.createElement('div');
  probe.style.colorScheme = scheme;
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.append(probe);
  const color = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return color;
}
