/**
 * The card in the reader's language: locale resolution and switching, registry text marked as English,
 * glossary definitions in place (Spanish where written, English otherwise), and languages a host registers.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { enFirst } from '../src/i18n/en-first.js';
import { enRest } from '../src/i18n/en-rest.js';
import {
  joinEnglish,
  registerLanguage,
  resolveLanguage,
  stringsFor,
  type PartialStrings,
} from '../src/i18n/index.js';
import { findTerms } from '../src/glossary/match.js';
import { foreign, runs, unmarked } from '../src/i18n/foreign.js';
import { ES_DEFINITIONS } from '../src/glossary/es.js';
import { TERMS } from '../src/glossary/terms.js';
import { renderMarkup } from '../src/markup.js';
import { definitionsFor } from '../src/glossary/definitions.js';
import { $, $$, cardText, openAll, renderCard } from './helpers.js';

describe('English in two parts (the first screen’s words, the rest with the blocks)', () => {
  it('joins to every word, a group both parts have key by key', () => {
    const joined = joinEnglish(enFirst, enRest) as typeof en;
    expect(Object.keys(joined).sort()).to.deep.equal(Object.keys(en).sort());
    expect(Object.keys(joined.meaning).sort()).to.deep.equal(Object.keys(en.meaning).sort());
    expect(joined.meaning.ownWords).to.equal(enFirst.meaning.ownWords);
    expect(joined.meaning.heading).to.equal(enRest.meaning.heading);
  });

  it('share no word but by joining a group', () => {
    const shared = Object.keys(enFirst).filter((key) => key in enRest);
    expect(shared).to.deep.equal(['meaning']);
    const both = Object.keys(enFirst.meaning).filter((key) => key in enRest.meaning);
    expect(both).to.deep.equal([]);
  });
});

describe('record text inside sentences in another language', () => {
  const cases: [string, { text: string; foreign: boolean }[]][] = [
    ['plain', [{ text: 'plain', foreign: false }]],
    [
      `Es para personas con ${foreign('Atopic Dermatitis')}.`,
      [
        { text: 'Es para personas con ', foreign: false },
        { text: 'Atopic Dermatitis', foreign: true },
        { text: '.', foreign: false },
      ],
    ],
    [
      `${foreign('A')}, ${foreign('B')} y 2 más`,
      [
        { text: 'A', foreign: true },
        { text: ', ', foreign: false },
        { text: 'B', foreign: true },
        { text: ' y 2 más', foreign: false },
      ],
    ],
    // A stray mark (from record text that contained one) is dropped, never shown.
    ['odd \uE000 mark', [{ text: 'odd  mark', foreign: false }]],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      expect(runs(text)).to.deep.equal(expected);
      expect(unmarked(text)).to.equal(expected.map((r) => r.text).join(''));
    });
  }
});

describe('language resolution', () => {
  const cases: [string | null | undefined, string, string][] = [
    // lang value, locale used for Intl, table language
    ['es', 'es', 'es'],
    ['es-MX', 'es-MX', 'es'],
    ['ES-us', 'es-US', 'es'],
    ['en-GB', 'en-GB', 'en'],
    ['', 'en', 'en'],
    [null, 'en', 'en'],
    ['not a language!', 'en', 'en'],
    // A language without a table: English words, English dates (never mixed).
    ['de', 'en', 'en'],
  ];
  for (const [lang, locale, table] of cases) {
    it(`${JSON.stringify(lang)} → ${locale} with the ${table} table`, () => {
      const resolved = resolveLanguage(lang);
      expect(resolved.locale).to.equal(locale);
      expect(resolved.strings.lang).to.equal(table);
    });
  }
});

describe('registering a language', () => {
  it('falls back to English key by key for a partial table', () => {
    const partial: PartialStrings = {
      lang: 'x-test',
      summary: { heading: 'Resumo de teste' },
      status: { RECRUITING: 'Recrutando' },
    };
    // A private-use tag keeps this table away from every real language.
    registerLanguage({ ...partial, lang: 'qaa' });
    const t = stringsFor('qaa');
    expect(t.summary.heading).to.equal('Resumo de teste');
    // Siblings of a replaced key stay English.
    expect(t.summary.readMore).to.equal(en.summary.readMore);
    expect(t.status['RECRUITING']).to.equal('Recrutando');
    expect(t.status['COMPLETED']).to.equal(en.status['COMPLETED']);
    // Whole branches the table leaves out are English, functions included.
    expect(t.contacts.siteCount('3', 3)).to.equal('3 sites');
    expect(t.lang).to.equal('qaa');
  });

  it('is reachable from the element class, for pages with the one-script build', () => {
    const Card = customElements.get('trial-summary') as unknown as {
      registerLanguage(table: PartialStrings): void;
    };
    Card.registerLanguage({ lang: 'qad', disclaimer: { heading: 'Aviso (test)' } });
    expect(stringsFor('qad-XX').disclaimer.heading).to.equal('Aviso (test)');
    expect(stringsFor('qad').disclaimer.text).to.equal(en.disclaimer.text);
  });

  it('ignores a value of the wrong kind rather than breaking the card', () => {
    registerLanguage({
      lang: 'qab',
      summary: { heading: 42 as unknown as string },
    });
    expect(stringsFor('qab').summary.heading).to.equal(en.summary.heading);
  });

  it('re-renders connected cards in the language just registered', async () => {
    const { el } = await renderCard({ nct: 'NCT02210780', lang: 'qac' });
    expect($(el, '#summary-heading')!.textContent!.trim()).to.equal('Summary');
    registerLanguage({ lang: 'qac', summary: { heading: 'Zusammenfassung (test)' } });
    await waitUntil(() => $(el, '#summary-heading')!.textContent!.trim() !== 'Summary');
    expect($(el, '#summary-heading')!.textContent!.trim()).to.equal('Zusammenfassung (test)');
  });
});

describe('the card in Spanish', () => {
  it('follows the lang of an ancestor', async () => {
    const { el } = await renderCard({ nct: 'NCT02210780', lang: 'es' });
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('es');
    expect($(el, '#summary-heading')!.textContent!.trim()).to.equal(es.summary.heading);
    expect(cardText(el)).to.include(es.disclaimer.link);
    // Dates through Intl in Spanish.
    expect(cardText(el)).to.match(/de (agosto|septiembre) de 2014|de 2015/);
    await expect(el).to.be.accessible();
  });

  it('switches language when a lang changes: its own, an ancestor’s, the document’s', async () => {
    const { el } = await renderCard({ nct: 'NCT02210780' });
    const heading = () => $(el, '#summary-heading')!.textContent!.trim();
    expect(heading()).to.equal(en.summary.heading);
    el.setAttribute('lang', 'es');
    await waitUntil(() => heading() === es.summary.heading, 'own lang');
    el.removeAttribute('lang');
    await waitUntil(() => heading() === en.summary.heading, 'own lang removed');
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'es-US';
      await waitUntil(() => heading() === es.summary.heading, 'document lang');
      el.parentElement!.lang = 'en';
      await waitUntil(() => heading() === en.summary.heading, 'nearest ancestor wins');
    } finally {
      document.documentElement.lang = before;
      el.parentElement!.removeAttribute('lang');
    }
  });

  it('marks the registry’s own text as English inside a Spanish card', async () => {
    const { el } = await renderCard({ nct: 'NCT04267848', lang: 'es' });
    await openAll(el);
    const englishOnly = [
      '.markup',
      'section[part=conditions] ul',
      '.registry-title span[lang]',
      'table.glance tbody th',
    ];
    for (const selector of englishOnly) {
      for (const node of $$(el, selector)) expect(node.lang, selector).to.equal('en');
    }
    // Record values inside the card's Spanish sentences, the headline among them: what is tested
    // (pembrolizumab), not the chemotherapy every group gets.
    const title = $(el, '#title')!;
    expect(title.querySelector('span[lang="en"]')?.textContent).to.equal('Pembrolizumab');
    const tested = $$(el, '.facts-list li').find((li) => li.textContent!.includes('Carboplatin'))!;
    expect([...tested.querySelectorAll('span[lang="en"]')].map((x) => x.textContent)).to.include(
      'Carboplatin',
    );
    expect(cardText(el)).to.not.match(/[\uE000\uE001]/);
    const sites = $$(el, '.sites li strong');
    expect(sites.length).to.be.greaterThan(0);
    for (const site of sites) expect(site.lang).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('writes every generated sentence in Spanish for every block', async () => {
    const { el } = await renderCard({ nct: 'NCT02552212', lang: 'es' });
    const text = cardText(el);
    for (const heading of [
      es.meaning.heading,
      es.meaning.goWrong,
      // The study has ended: who *could* take part.
      es.eligibility.headingPast,
      es.dates.heading,
      es.risks.glance.caption(false),
      es.join.label,
      es.join.expandedAccess,
    ]) {
      expect(text).to.include(heading);
    }
    expect($(el, 'figure.timeline svg')!.getAttribute('aria-label')).to.match(
      /^Cronolog|^L[íi]nea/,
    );
  });
});

describe('glossary words in the card', () => {
  it('explains a term in place, with keyboard, pointer and screen readers', async () => {
    const { el } = await renderCard({ nct: 'NCT02210780' });
    const button = $(el, '.markup button.term')!;
    expect(button).to.not.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const definition = button.nextElementSibling as HTMLElement;
    expect(definition.hidden).to.equal(true);
    await expect(el).to.be.accessible();
    button.click();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.hidden).to.equal(false);
    const term = TERMS.find((t) => t.definition === definition.textContent);
    expect(term, 'the definition is the glossary’s own').to.not.equal(undefined);
    await expect(el).to.be.accessible();
    button.focus();
    button.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.equal(true);
  });

  it('defines each term once per text, never inside a link or code, and keeps the text intact', () => {
    const markdown =
      'A randomized study. Randomized again. See [placebo info](https://example.org/placebo) and `placebo`. A placebo.';
    const html = renderMarkup(markdown, definitionsFor('en'));
    const holder = document.createElement('div');
    holder.innerHTML = html;
    const terms = [...holder.querySelectorAll('button.term')].map((b) => b.textContent);
    expect(terms).to.deep.equal(['randomized', 'placebo']);
    expect(holder.querySelector('a button, code button')).to.equal(null);
    // Removing the definitions leaves exactly the text without a glossary.
    for (const d of holder.querySelectorAll('.definition')) d.remove();
    const plain = document.createElement('div');
    plain.innerHTML = renderMarkup(markdown);
    expect(holder.textContent).to.equal(plain.textContent);
  });

  it('gives Spanish definitions in a Spanish card and English ones, marked, where none is written', () => {
    const holder = document.createElement('div');
    holder.innerHTML = renderMarkup('The placebo group.', definitionsFor('es'));
    const definition = holder.querySelector<HTMLElement>('.definition')!;
    const id = findTerms('placebo')[0]!.id;
    expect(definition.lang).to.equal('es');
    expect(definition.textContent).to.equal(ES_DEFINITIONS[id]);
    // A language without definitions of its own falls back to English, marked as English.
    holder.innerHTML = renderMarkup('The placebo group.', definitionsFor('qaa'));
    expect(holder.querySelector<HTMLElement>('.definition')!.lang).to.equal('en');
  });

  it('says the explanations are not reviewed', async () => {
    const { el } = await renderCard({ nct: 'NCT02210780' });
    expect($(el, '.glossary-note')!.textContent).to.include('No doctor has checked them yet');
  });

  it('is accessible with every definition open, in both languages', async function () {
    // Two full cards with every definition open, checked by axe: WebKit on a busy machine needs more than 20 s.
    this.timeout(90000);
    for (const lang of ['en', 'es']) {
      const { el } = await renderCard({ nct: 'NCT04267848', lang });
      await openAll(el);
      for (const button of $$(el, 'button.term')) button.click();
      expect($$(el, '.definition:not([hidden])').length).to.be.greaterThan(3);
      await expect(el).to.be.accessible();
    }
  });
});
