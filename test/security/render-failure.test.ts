/**
 * No code path leaves a card without a load or an error event: an exception while rendering a study ends in
 * the error state, with its message, and one `trial-summary-error` event.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { registerLanguage } from '../../src/i18n/index.js';
import type { TrialSummaryElement } from '../../src/trial-summary.js';
import '../../src/define.js';
import { API } from '../helpers.js';

describe('an exception while rendering', () => {
  it('ends in the error state with its message and an error event', async () => {
    // A language whose words throw stands in for any defect that throws while the card renders.
    registerLanguage({
      lang: 'x-throws',
      summary: {
        readability: () => {
          throw new Error('boom');
        },
      },
    });
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const holder = await fixture<HTMLDivElement>(html`<div lang="x-throws"></div>`);
      const el = document.createElement('trial-summary') as TrialSummaryElement;
      el.loading = 'eager';
      el.cacheTtl = 0;
      el.apiBase = API;
      el.nct = 'NCT06097962';
      let loads = 0;
      el.addEventListener('trial-summary-load', () => loads++);
      const failed = oneEvent(el, 'trial-summary-error');
      holder.append(el);
      const event = (await failed) as Event & { detail: { nct: string; reason: string } };
      expect(event.detail).to.deep.equal({ nct: 'NCT06097962', reason: 'parse' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.error-message')?.textContent).to.include(
        'could not read',
      );
      expect(loads).to.equal(0);
      expect(errors.length).to.equal(1);
    } finally {
      console.error = consoleError;
    }
  });
});
