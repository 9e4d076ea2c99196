/**
 * What each engine computes for the card's own styles, where engines have been seen to differ. Runs in
 * Chromium, Firefox and WebKit (web-test-runner.config.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, renderCard } from '../helpers.js';
import { canvasColor } from './engine.js';

describe('styles every engine computes', () => {
  it('underlines an explained glossary word with dots, and solid once it is open', async () => {
    // WebKit drops the `text-decoration: underline dotted` shorthand (computes `none`): only the longhands
    // show readers that the word can be tapped.
    const { el } = await renderCard({ nct: 'NCT06097962' });
    const terms = $$(el, 'button.term');
    expect(terms.length, 'explained words in the summary').to.be.greaterThan(0);
    const term = terms[0]!;
    const style = getComputedStyle(term);
    expect(style.textDecorationLine, 'line').to.equal('underline');
    expect(style.textDecorationStyle, 'style').to.equal('dotted');
    expect(style.cursor).to.equal('help');
    term.click();
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(term).textDecorationLine, 'open: line').to.equal('underline');
    expect(getComputedStyle(term).textDecorationStyle, 'open: style').to.equal('solid');
    expect($(el, '.definition:not([hidden])'), 'the definition is shown').to.not.equal(null);
  });
});

describe("the reader's colour-scheme preference", () => {
  /**
   * A card on a page of its own in an iframe whose color-scheme is `scheme`: the page's
   * `prefers-color-scheme` follows it in Chromium and Firefox (not in WebKit), which is how Firefox is
   * given a dark preference without Chromium's emulateMedia.
   */
  async function framedCard(scheme: 'light' | 'dark', theme: string): Promise<string> {
    const frame = document.createElement('iframe');
    frame.style.colorScheme = scheme;
    frame.style.width = '600px';
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script type="module" src="${location.origin}/src/define.ts"></script>
      <trial-summary nct="NCT06097962" api-base="${location.origin}/api/v2" loading="eager"
        theme="${theme}"></trial-summary></body></html>`;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      const el = win.document.querySelector('trial-summary')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part=base]'), 'the card rendered', {
        timeout: 10_000,
      });
      if (!win.matchMedia(`(prefers-color-scheme: ${scheme})`).matches) return 'unsupported';
      return win.getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor;
    } finally {
      frame.remove();
    }
  }

  const cases: ['light' | 'dark', string, 'light' | 'dark'][] = [
    ['dark', 'auto', 'dark'],
    ['dark', 'light', 'light'],
    ['light', 'auto', 'light'],
  ];
  for (const [scheme, theme, expected] of cases) {
    it(`theme="${theme}" with a ${scheme} preference is ${expected}`, async function () {
      const background = await framedCard(scheme, theme);
      // WebKit's iframes take the embedding page's preference, whatever their color-scheme.
      if (background === 'unsupported') this.skip();
      expect(background).to.equal(canvasColor(expected));
    });
  }
});
