/** Registers `<trial-summary>`. Safe to load twice: a second copy on the page leaves the first in place. */
import './languages/es.js';
import { TrialSummaryElement } from './trial-summary.js';

export const TAG_NAME = 'trial-summary';

if (!customElements.get('trial-summary')) {
  customElements.define('trial-summary', TrialSummaryElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'trial-summary': TrialSummaryElement;
  }
}
