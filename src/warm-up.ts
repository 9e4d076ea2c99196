import { formatters } from './i18n/index.js';
import { lazy } from './lazy.js';

let warmedUp = false;

/**
 * The first card's slowest first-time costs, each in a task of its own while its study is on the way:
 * Chromium loads list-format data on the first `Intl.ListFormat`, the glossary builds its matcher, and the
 * markup path compiles (those two where they are already loaded). Done inside the first render, together they
 * made one long task.
 */
export function warmUp(locale: string): void {
  if (warmedUp) return;
  warmedUp = true;
  const later = (work: () => void) => setTimeout(work, 0);
  later(() => formatters(locale).list(['a', 'b']));
  later(() => lazy('glossary')?.findTerms('warm up'));
  later(() => lazy('markup')?.renderMarkup('*warm up*'));
}
