/** Registers `<trial-summary>`. Safe to load twice: a second copy on the page leaves the first in place. */
import { TrialSummaryElement } from './trial-summary.js';

export const TAG_NAME = 'trial-summary';

if (!customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, TrialSummaryElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'trial-summary': TrialSummaryElement;
  }
}
