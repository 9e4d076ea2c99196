/**
 * What each engine computes for the card's own styles, where engines have been seen to differ. Runs in
 * Chromium, Firefox and WebKit (web-test-runner.config.mjs).
 */
import { expect } from '@open-wc/testing';
import { $, $$, renderCard } from '../helpers.js';

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
