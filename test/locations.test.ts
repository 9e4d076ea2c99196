import { expect } from '@open-wc/testing';
import type { TrialSummaryElement } from '../src/trial-summary.js';
import { $, $$, renderCard, requestsSeen, waitUntil } from './helpers.js';

type Outcome = { position: { lat: number; lon: number } } | { error: 1 | 2 | 3 };

/** Replaces the browser's geolocation for one test: counts the asks and answers with `outcome`. */
function fakeGeolocation(outcome: Outcome) {
  const geolocation = navigator.geolocation;
  const real = geolocation.getCurrentPosition;
  const calls = { count: 0 };
  geolocation.getCurrentPosition = (success, failure) => {
    calls.count++;
    setTimeout(() => {
      if ('position' in outcome) {
        success({
          coords: { latitude: outcome.position.lat, longitude: outcome.position.lon },
        } as GeolocationPosition);
      } else {
        failure?.({
          code: outcome.error,
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
          message: '',
        } as GeolocationPositionError);
      }
    }, 0);
  };
  return { calls, restore: () => (geolocation.getCurrentPosition = real) };
}

const siteNames = (el: TrialSummaryElement) => $$(el, 'li.site > strong').map((s) => s.textContent);

describe('contacts and locations', () => {
  it('summarises the sites and offers filters built from the record', async () => {
    const { el } = await renderCard({ nct: 'NCT04267848' });
    expect($(el, '.sites-summary')!.textContent!.trim()).to.equal(
      // The record was last checked in August 2025, over 3 months before the test's "today".
      '1,148 sites in 2 countries; 659 recruiting as of August 2025.',
    );
    const countries = [...($(el, '#site-country') as HTMLSelectElement).options].map((o) =>
      o.textContent!.trim(),
    );
    expect(countries).to.deep.equal(['All countries', 'Guam (1)', 'United States (1,147)']);
    // Recruiting sites first.
    expect($$(el, 'li.site .badge').map((b) => b.getAttribute('data-status'))).to.deep.equal(
      Array(5).fill('RECRUITING'),
    );
    await expect(el).to.be.accessible();
  });

  it('filters by country, state and text, and announces the count once typing pauses', async () => {
    const { el } = await renderCard({ nct: 'NCT04267848' });
    const country = $(el, '#site-country') as HTMLSelectElement;
    country.value = 'United States';
    country.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const state = $(el, '#site-state') as HTMLSelectElement;
    state.value = 'Massachusetts';
    state.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const search = $(el, '#site-search') as HTMLInputElement;
    search.value = 'boston';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(siteNames(el)).to.have.length(4);
    await waitUntil(() =>
      $(el, '.sites-announcement')!.textContent!.includes('Showing 4 sites of 1,148'),
    );
    search.value = 'atlantis';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(siteNames(el)).to.have.length(0);
    expect($(el, '.no-sites')!.textContent).to.include('No site matches');
    expect(search.value, 'what was typed stays').to.equal('atlantis');
    await expect(el).to.be.accessible();
  });

  it('asks for the reader’s location only when asked, sorts by distance and keeps it in the browser', async () => {
    const fake = fakeGeolocation({ position: { lat: 42.35843, lon: -71.05977 } });
    try {
      const { el } = await renderCard({ nct: 'NCT04267848' });
      el.distanceUnit = 'km';
      await el.updateComplete;
      expect(fake.calls.count, 'not on load').to.equal(0);
      ($(el, 'button.near-me') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '.geo-status')!.textContent!.includes('Sorted by distance'));
      expect(fake.calls.count).to.equal(1);
      expect(siteNames(el)[0]).to.equal('Boston Medical Center');
      expect($(el, 'li.site .distance')!.textContent!.trim()).to.equal('0 km away');
      expect($(el, '.geo-status')!.textContent).to.include('4 sites have no map position');
      expect(($(el, 'li.site a[href*="openstreetmap"]') as HTMLAnchorElement).href).to.include(
        'mlat=42.35843',
      );
      // Nothing about the position reached any server.
      expect(await requestsSeen('42.358')).to.deep.equal([]);
      expect(await requestsSeen('71.059')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      fake.restore();
    }
  });

  it('uses miles for an English (US) page unless distance-unit says otherwise', async () => {
    const fake = fakeGeolocation({ position: { lat: 42.0, lon: -71.05977 } });
    try {
      const { el } = await renderCard({ nct: 'NCT04267848' });
      ($(el, 'button.near-me') as HTMLButtonElement).click();
      await waitUntil(() => $(el, 'li.site .distance') !== null);
      expect($(el, 'li.site .distance')!.textContent).to.match(/\d+(\.\d)? mi away/);
    } finally {
      fake.restore();
    }
  });

  const failures: [string, 1 | 2 | 3, RegExp][] = [
    ['refused', 1, /did not allow this page to use your location/],
    ['unavailable', 2, /location is not available right now/],
    ['too slow', 3, /location is not available right now/],
  ];
  for (const [what, code, message] of failures) {
    it(`says so clearly when the location is ${what}`, async () => {
      const fake = fakeGeolocation({ error: code });
      try {
        const { el } = await renderCard({ nct: 'NCT04267848' });
        const before = siteNames(el);
        ($(el, 'button.near-me') as HTMLButtonElement).click();
        await waitUntil(() => message.test($(el, '.geo-status')!.textContent!));
        expect($(el, '.geo-status')!.getAttribute('role')).to.equal('status');
        expect(siteNames(el)).to.deep.equal(before);
        expect($(el, 'li.site .distance')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        fake.restore();
      }
    });
  }

  it('shows a site without coordinates as of unknown distance', async () => {
    const fake = fakeGeolocation({ position: { lat: 0, lon: 0 } });
    try {
      const { el } = await renderCard({ nct: 'NCT04267848' });
      const country = $(el, '#site-country') as HTMLSelectElement;
      country.value = 'United States';
      country.dispatchEvent(new Event('change'));
      ($(el, 'button.near-me') as HTMLButtonElement).click();
      await waitUntil(() => $(el, 'li.site .distance') !== null);
      ($(el, 'button.show-sites') as HTMLButtonElement).click();
      await el.updateComplete;
      for (let i = 0; i < 30 && $(el, 'button.next-sites'); i++) {
        ($(el, 'button.next-sites') as HTMLButtonElement).click();
        await el.updateComplete;
      }
      const last = $$(el, 'li.site .distance').map((d) => d.textContent!.trim());
      expect(last[last.length - 1]).to.include('Distance unknown');
    } finally {
      fake.restore();
    }
  });
});
