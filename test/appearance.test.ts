import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import { CAN_EMULATE_MEDIA, canvasColor, printing } from './engines/engine.js';
import { TrialSummaryElement, parseSections } from '../src/trial-summary.js';
import { blockStyles } from '../src/blocks/styles.js';
import { $, $$, API, faultBase, fixedClock, openAll, waitUntil } from './helpers.js';

/** Renders a loaded card with the given attributes (eager, fixed clock), in a column `width` px wide if given. */
async function card(
  attributes: Record<string, string>,
  nct = 'NCT06097962',
  width?: number,
): Promise<TrialSummaryElement> {
  const el = document.createElement('trial-summary');
  el.clock = fixedClock;
  for (const [name, value] of Object.entries({
    'api-base': API,
    loading: 'eager',
    ...attributes,
  })) {
    el.setAttribute(name, value);
  }
  const loaded = oneEvent(el, 'trial-summary-load');
  el.setAttribute('nct', nct);
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) holder.style.width = `${width}px`;
  holder.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const background = (el: TrialSummaryElement) =>
  getComputedStyle($(el, '[part=base]')!).backgroundColor;
const WHITE = 'rgb(255, 255, 255)';
// The engine's dark Canvas: rgb(18, 18, 18) in Chromium, rgb(28, 27, 34) in Firefox and WebKit.
const DARK = canvasColor('dark');

describe('custom properties', () => {
  it('are all documented in the README, and every documented one is used', async () => {
    const css = [TrialSummaryElement.styles, blockStyles]
      .flat(Infinity as 1)
      .map((sheet) => (sheet as { cssText: string }).cssText)
      .join('\n');
    const used = new Set(css.match(/--trial-summary-[a-z-]+/g));
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(
      readme.indexOf('| Custom property |'),
      readme.indexOf('## Layouts, sections'),
    );
    const documented = new Set(table.match(/--trial-summary-[a-z-]+/g));
    expect([...used].sort()).to.deep.equal([...documented].sort());
    expect(used.size).to.be.greaterThan(10);
  });

  it('theme the card from the page', async () => {
    const el = await card({});
    el.style.setProperty('--trial-summary-accent-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--trial-summary-background', 'rgb(250, 240, 230)');
    expect(getComputedStyle($(el, 'a.record-link')!).color).to.equal('rgb(1, 2, 3)');
    expect(background(el)).to.equal('rgb(250, 240, 230)');
  });

  it('leaves every block stylable by its part name', async () => {
    const el = await card({ 'signup-action': '/__signup' });
    const parts = $$(el, '[part]').map((p) => p.getAttribute('part'));
    for (const part of [
      'base',
      'header',
      'summary',
      'risks',
      'eligibility',
      'conditions',
      'locations',
      'dates',
      'signup',
      'disclaimer',
    ]) {
      expect(parts, part).to.include(part);
    }
  });
});

describe('themes', () => {
  afterEach(() => (CAN_EMULATE_MEDIA ? emulateMedia({ colorScheme: 'light' }) : undefined));

  const cases: ['light' | 'dark', string, string][] = [
    ['light', 'auto', WHITE],
    ['dark', 'auto', DARK],
    ['light', 'dark', DARK],
    ['dark', 'light', WHITE],
    ['light', 'light', WHITE],
    ['dark', 'dark', DARK],
  ];
  for (const [scheme, theme, expected] of cases) {
    it(`theme="${theme}" with a ${scheme} preference is ${expected === WHITE ? 'light' : 'dark'} and accessible`, async function () {
      // Only Chromium's emulateMedia gives the page a dark preference; theme="dark" is tested in every engine,
      // and Firefox gets a dark preference through an iframe in test/engines/styles.test.ts.
      if (scheme === 'dark' && !CAN_EMULATE_MEDIA) this.skip();
      if (CAN_EMULATE_MEDIA) await emulateMedia({ colorScheme: scheme });
      const el = await card({ theme, 'signup-action': '/__signup' });
      expect(background(el)).to.equal(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('switches when the attribute changes', async () => {
    const el = await card({ theme: 'light' });
    expect(background(el)).to.equal(WHITE);
    el.theme = 'dark';
    await el.updateComplete;
    expect(background(el)).to.equal(DARK);
  });
});

describe('layouts', () => {
  it('layout="card" keeps a fixed height from skeleton to study, and expands on request', async () => {
    const { base } = faultBase('delay-300');
    const el = document.createElement('trial-summary');
    el.setAttribute('layout', 'card');
    el.setAttribute('loading', 'eager');
    el.apiBase = base;
    el.nct = 'NCT04267848';
    const loaded = oneEvent(el, 'trial-summary-load');
    (await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`)).append(el);
    await el.updateComplete;
    const before = el.getBoundingClientRect().height;
    expect($(el, '[part=skeleton]')).to.not.equal(null);
    await loaded;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height, 'no jump when the study arrives').to.equal(before);
    expect(before).to.equal(320);
    expect($(el, '.compact-summary')!.textContent).to.not.equal('');
    expect($(el, 'section[part=risks]')).to.equal(null);
    expect($(el, 'a.record-link')!.getAttribute('href')).to.equal(
      'https://clinicaltrials.gov/study/NCT04267848',
    );
    await expect(el).to.be.accessible();
    ($(el, 'button.expand') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, 'section[part=risks]')).to.not.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(before);
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
    await expect(el).to.be.accessible();
  });

  it('layout="card" never squeezes its title away, even in a narrow column with large text', async () => {
    // A 320 px column (the card has no viewport queries; WebKit's window cannot be narrower than 447 px).
    document.documentElement.style.fontSize = '24px';
    try {
      const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      for (const nct of ['NCT04267848', 'NCT00711542', 'NCT05869903']) {
        const el = document.createElement('trial-summary');
        el.setAttribute('layout', 'card');
        el.setAttribute('loading', 'eager');
        el.apiBase = API;
        el.nct = nct;
        const loaded = oneEvent(el, 'trial-summary-load');
        holder.append(el);
        await loaded;
        await el.updateComplete;
        expect($(el, '#title')!.getBoundingClientRect().height, nct).to.be.greaterThan(20);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('layout="full" (the default) shows every block', async () => {
    const el = await card({});
    expect($$(el, 'section').map((s) => s.getAttribute('part'))).to.deep.equal([
      'summary',
      'risks',
      'eligibility',
      'conditions',
      'locations',
      'dates',
      'signup',
    ]);
  });
});

describe('sections', () => {
  const cases: [string, string[]][] = [
    ['dates summary', ['dates', 'summary']],
    ['locations,risks', ['locations', 'risks']],
    ['SIGNUP unknown dates dates', ['signup', 'dates']],
    ['', ['summary', 'risks', 'eligibility', 'conditions', 'locations', 'dates', 'signup']],
    [
      'nothing-known',
      ['summary', 'risks', 'eligibility', 'conditions', 'locations', 'dates', 'signup'],
    ],
  ];
  for (const [value, expected] of cases) {
    it(`"${value}" → ${expected.join(' ')}`, () =>
      expect(parseSections(value)).to.deep.equal(expected));
  }

  it('chooses and orders the blocks; header, attribution and live link stay', async () => {
    const el = await card({ sections: 'dates summary' });
    const parts = [...$(el, 'article')!.children].map((c) => c.getAttribute('part'));
    expect(parts).to.deep.equal(['header', 'dates', 'summary', 'disclaimer']);
    expect($(el, 'footer a.record-link')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('heading levels', () => {
  const levels = (el: TrialSummaryElement) => ({
    title: level($(el, '#title')!),
    block: level($(el, 'section[part=summary] > :is(h2, h3, h4, h5, h6, [role=heading])')!),
    sub: level(
      $(el, 'section[part=risks] :is(h2, h3, h4, h5, h6, [role=heading]):not(#risks-heading)')!,
    ),
  });
  /** A heading's level as assistive technology reads it. */
  const level = (h: Element) => h.getAttribute('aria-level') ?? h.tagName.slice(1);
  const cases: [string | undefined, Record<string, string>][] = [
    [undefined, { title: '2', block: '3', sub: '4' }],
    ['3', { title: '3', block: '4', sub: '5' }],
    ['5', { title: '5', block: '6', sub: '7' }],
    ['6', { title: '6', block: '7', sub: '8' }],
    ['9', { title: '2', block: '3', sub: '4' }],
  ];
  for (const [level, expected] of cases) {
    it(`heading-level=${level ?? '(default)'}`, async () => {
      const el = await card(level ? { 'heading-level': level } : {});
      expect(levels(el)).to.deep.equal(expected);
    });
  }
});

describe('styles of the blocks below the first screen', () => {
  it('come with the blocks, before the media rules, in every card', async () => {
    const one = await card({ 'signup-action': '/__signup' });
    const two = await card({ 'signup-action': '/__signup' });
    for (const el of [one, two]) {
      // The honeypot is out of sight (signup.styles.ts), the dates' keys are laid out (dates.styles.ts).
      const honeypot = getComputedStyle($(el, '.honeypot')!);
      expect(honeypot.position).to.equal('absolute');
      expect(parseFloat(honeypot.left)).to.be.lessThan(-1000);
      expect(getComputedStyle($(el, 'dl.dates')!).display).to.equal('grid');
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      const own = TrialSummaryElement.elementStyles as CSSResult[];
      expect(sheets.length).to.equal(own.length + blockStyles.length);
      // media.ts, with the print rules, stays last.
      expect(sheets.at(-1)).to.equal(own.at(-1)!.styleSheet);
    }
  });
});

describe('print', () => {
  // Chromium emulates print (styles too); elsewhere the browser's beforeprint and afterprint events.
  afterEach(() => printing(false));

  it('expands disclosures, prints link addresses and shows no controls', async () => {
    const el = await card({ 'signup-action': '/__signup' }, 'NCT04267848');
    await printing(true);
    await waitUntil(
      () => $$(el, 'details').every((d) => (d as HTMLDetailsElement).open),
      'disclosures open',
    );
    await el.updateComplete;
    expect($(el, 'details.more .markup')!.textContent!.length).to.be.greaterThan(100);
    if (CAN_EMULATE_MEDIA) {
      expect(getComputedStyle($(el, 'form')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'button.show-sites')!).display).to.equal('none');
      const after = getComputedStyle($(el, 'a.record-link')!, '::after').content;
      expect(after).to.include('https://clinicaltrials.gov/study/NCT04267848');
    }
    // Back on screen, the disclosures the reader never opened are closed again.
    await printing(false);
    await waitUntil(
      () => $$(el, 'details').every((d) => !(d as HTMLDetailsElement).open),
      'disclosures closed',
    );
  });

  it('loads a lazy card that is still waiting, so the printout is not blank', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 8000px"></div>
        <trial-summary api-base=${API} nct="NCT00184067"></trial-summary>
      </div>`,
    );
    const el = holder.querySelector('trial-summary')!;
    await el.updateComplete;
    expect($(el, '[part=skeleton]')).to.not.equal(null);
    expect($(el, 'slot'), 'the fallback stays reachable while waiting').to.not.equal(null);
    const loaded = oneEvent(el, 'trial-summary-load');
    await printing(true);
    await loaded;
  });
});

describe('narrow screens and zoom', () => {
  // A column of that width rather than a window (the card has no viewport queries, and WebKit's window
  // cannot be narrower than 447 px).
  for (const width of [320, 640]) {
    it(`fits ${width} px without sideways scrolling${width === 640 ? ' (200% zoom of 1280 px)' : ''}`, async () => {
      const el = await card({ 'signup-action': '/__signup' }, 'NCT05869903', width);
      await openAll(el);
      const base = $(el, '[part=base]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.parentElement!.scrollWidth).to.be.at.most(width);
    });
  }
});
