/**
 * The page's one card is built block by block (no single long task while the page loads), keeps a screen's
 * height while it grows, and says it has loaded only once it is whole. Its own file: which card is the page's
 * first is page state.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { TrialSummaryElement } from '../src/trial-summary.js';
import { API, fixedClock } from './helpers.js';

describe('the page’s first card', () => {
  it('renders its blocks in turn and fires load when every block is in', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('trial-summary');
    el.clock = fixedClock;
    el.apiBase = API;
    el.loading = 'eager';
    el.nct = 'NCT02210780';
    let sectionsAtLoad = -1;
    const loaded = oneEvent(el, 'trial-summary-load').then(() => {
      sectionsAtLoad = el.shadowRoot!.querySelectorAll('section').length;
    });
    holder.append(el);
    const root = () => el.shadowRoot!;
    // What the card holds when its title first appears, read in a mutation callback (a microtask, so before the
    // next block's task): polling could first look after every block is in.
    const firstPaint = new Promise<{ sections: number; growing: boolean; loaded: boolean }>(
      (resolve) => {
        const observer = new MutationObserver(() => {
          if (!root().querySelector('#title')) return;
          observer.disconnect();
          resolve({
            sections: root().querySelectorAll('section').length,
            growing: root().querySelector('.base.growing') !== null,
            loaded: sectionsAtLoad !== -1,
          });
        });
        observer.observe(root(), { childList: true, subtree: true });
      },
    );
    const first = await firstPaint;
    expect(first.sections).to.be.below(7);
    expect(first.growing).to.equal(true);
    expect(first.loaded).to.equal(false);
    await loaded;
    expect(sectionsAtLoad).to.equal(7);
    expect(root().querySelector('.base.growing')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders whole for every later study', async () => {
    const el =
      document.querySelector<TrialSummaryElement>('trial-summary') ??
      (await fixture<TrialSummaryElement>(html`<trial-summary loading="eager"></trial-summary>`));
    el.clock = fixedClock;
    el.apiBase = API;
    el.loading = 'eager';
    el.nct = 'NCT04267848';
    await waitUntil(() =>
      el.shadowRoot!.querySelector('#title')?.textContent?.includes('Pembrolizumab'),
    );
    expect(el.shadowRoot!.querySelectorAll('section').length).to.equal(7);
  });
});
