/**
 * A smoke test of a build a reader can load, in each engine (web-test-runner.dist.config.mjs, after
 * `npm run build`): the card renders a recorded study from the fake registry, a disclosure opens, a glossary
 * word opens, the sites page, and the page's language is followed (or not, for the English-only script).
 * Nothing here imports the sources: the element under test is the one the build defines.
 */
import { expect, waitUntil } from '@open-wc/testing';

type Card = HTMLElement & { updateComplete: Promise<boolean> };

/** A study with a detailed description, glossary words and 1,148 sites. */
const NCT = 'NCT04267848';

const $ = (el: Card, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Loads a classic script (the one-script builds) as a page would. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Puts a card on the page, as the README's snippet does, and waits for it to load. */
async function card(lang = 'en'): Promise<Card> {
  const holder = document.createElement('div');
  holder.lang = lang;
  holder.innerHTML = `<trial-summary nct="${NCT}" api-base="/api/v2" loading="eager">
    <a href="https://clinicaltrials.gov/study/${NCT}">Study ${NCT} on ClinicalTrials.gov</a>
  </trial-summary>`;
  const el = holder.firstElementChild as Card;
  // Loaded, or failed: an error event, an uncaught error, or nothing within 10 s.
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('trial-summary-load', resolve, { once: true });
    el.addEventListener('trial-summary-error', () => reject(new Error('trial-summary-error')), {
      once: true,
    });
    window.addEventListener('error', (event) => reject(event.error ?? new Error(event.message)), {
      once: true,
    });
    setTimeout(() => reject(new Error('no load event within 10 s')), 10_000);
  });
  document.body.append(holder);
  await loaded;
  await el.updateComplete;
  return el;
}

export function smokeSuite(build: string, load: () => Promise<unknown>, spanish: boolean): void {
  describe(`${build}`, () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
    before(async () => {
      window.addEventListener('error', onError);
      await load();
      await customElements.whenDefined('trial-summary');
    });
    after(() => window.removeEventListener('error', onError));
    afterEach(() => {
      document.body.replaceChildren();
      expect(errors, 'uncaught errors').to.deep.equal([]);
    });

    it('defines <trial-summary> and renders a recorded study', async () => {
      const el = await card();
      expect($(el, '#title')!.textContent!.trim().length).to.be.greaterThan(10);
      expect($(el, 'section[part=summary]')).to.not.equal(null);
      expect($(el, 'footer a.record-link')!.getAttribute('href')).to.equal(
        `https://clinicaltrials.gov/study/${NCT}`,
      );
    });

    it('opens a disclosure', async () => {
      const el = await card();
      const details = $(el, 'details.more') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      details.querySelector('summary')!.click();
      await waitUntil(() => details.open, 'opened');
      await waitUntil(() => (details.querySelector('.markup')?.textContent ?? '').length > 100);
    });

    it('opens a glossary word, underlined with dots', async () => {
      const el = await card();
      const term = $(el, 'button.term')!;
      expect(getComputedStyle(term).textDecorationLine).to.equal('underline');
      expect(getComputedStyle(term).textDecorationStyle).to.equal('dotted');
      term.click();
      await el.updateComplete;
      expect(term.getAttribute('aria-expanded')).to.equal('true');
      const definition = term.nextElementSibling as HTMLElement;
      expect(definition.hidden).to.equal(false);
      expect(definition.textContent!.trim().length).to.be.greaterThan(5);
    });

    it('pages through the sites', async () => {
      const el = await card();
      const sites = () => el.shadowRoot!.querySelectorAll('li.site').length;
      expect(sites()).to.equal(5);
      $(el, 'button.show-sites')!.click();
      await el.updateComplete;
      expect(sites()).to.equal(50);
      expect($(el, '#sites-range')!.textContent!.trim()).to.equal('Sites 1 to 50 of 1,148');
      $(el, 'button.next-sites')!.click();
      await el.updateComplete;
      expect($(el, '#sites-range')!.textContent!.trim()).to.equal('Sites 51 to 100 of 1,148');
    });

    it(`writes in ${spanish ? 'Spanish' : 'English'} on a page in Spanish`, async () => {
      const el = await card('es');
      expect($(el, 'button.show-sites')!.textContent).to.match(
        spanish ? /Mostrar los/ : /Show all/,
      );
    });
  });
}
