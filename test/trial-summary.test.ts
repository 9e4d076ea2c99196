import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { CAN_EMULATE_MEDIA, canvasColor } from './engines/engine.js';
import type {
  TrialSummaryErrorEvent,
  TrialSummaryLoadEvent,
  TrialSummarySignupEvent,
} from '../src/events.js';
import { CARD_FIELDS } from '../src/registry/client.js';
import { stateOf } from '../src/view-model/join.js';
import type { TrialSummaryElement } from '../src/trial-summary.js';
import {
  $,
  $$,
  API,
  cardText,
  consoleDuring,
  faultBase,
  fixedClock,
  fixtureIds,
  loadFixture,
  openAll,
  renderCard,
  requestsSeen,
  waitUntil,
} from './helpers.js';

function errorOf(event: Event): TrialSummaryErrorEvent['detail'] {
  expect(event.type).to.equal('trial-summary-error');
  return (event as TrialSummaryErrorEvent).detail;
}

function loadOf(event: Event): TrialSummaryLoadEvent['detail'] {
  expect(
    event.type,
    `got ${event.type}: ${JSON.stringify((event as CustomEvent).detail)}`,
  ).to.equal('trial-summary-load');
  return (event as TrialSummaryLoadEvent).detail;
}

describe('<trial-summary> on every recorded study', () => {
  let ids: string[] = [];
  before(async () => {
    ids = await fixtureIds();
  });

  it('serves all 22 recorded studies', () => {
    expect(ids).to.have.length(22);
  });

  it('renders each one with no console warning, no placeholder text and no leaked markup', async () => {
    for (const nct of ids) {
      const record = await loadFixture(nct);
      const { result, messages } = await consoleDuring(() => renderCard({ nct }));
      const { el, event } = result;
      const detail = loadOf(event);
      const verified = record.protocolSection!.statusModule!.statusVerifiedDate;
      expect(detail).to.deep.equal({
        nct,
        requestedNct: nct,
        title: record.protocolSection!.identificationModule!.briefTitle,
        join: stateOf(record.protocolSection!.statusModule!.overallStatus),
        ...(verified ? { asOf: verified.slice(0, 7) } : {}),
      });
      expect(el.dataset['join']).to.equal(detail.join);
      expect(messages, nct).to.deep.equal([]);
      const text = cardText(el);
      expect(text, nct).to.not.match(/\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/);
      expect(text, nct).to.not.match(/\\[[\]<>*_]/);
      // A plain-language headline (at most 90 characters) with the registry's title below, or that title.
      const headline = $(el, '#title')!.textContent!.trim();
      expect(headline.length, nct).to.be.at.most(90);
      expect([headline, $(el, '.registry-title')?.textContent ?? '']).to.satisfy(
        (texts: string[]) => texts.some((t) => t.includes(detail.title)),
      );
      // Every sentence the card writes itself says which record fields it comes from.
      for (const statement of $$(
        el,
        '.facts-list > li, ul.risks > li, ul.trust > li, .interventions > li, #title',
      )) {
        expect(statement.dataset['source'], `${nct}: ${statement.textContent}`).to.match(
          /^(protocolSection|resultsSection|hasResults)/,
        );
      }
      for (const li of $$(el, 'li'))
        expect(li.textContent!.trim(), `${nct}: empty list item`).to.not.equal('');
      for (const p of $$(el, 'p')) {
        if (!p.classList.contains('signup-status'))
          expect(p.textContent!.trim(), `${nct}: empty paragraph`).to.not.equal('');
      }
      const why = record.protocolSection!.statusModule!.whyStopped;
      if (why) expect($(el, 'blockquote')!.textContent).to.equal(why.trim());
      // Attribution and the link to the live record are always there.
      const link = $(el, 'footer a.record-link') as HTMLAnchorElement;
      expect(link.href).to.equal(`https://clinicaltrials.gov/study/${nct}`);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(text).to.include('Source: ClinicalTrials.gov');
      el.remove();
    }
  });

  for (const nct of ['NCT04267848', 'NCT02513394', 'NCT06097962', 'NCT03798535', 'NCT00973089']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`is accessible with every block shown (${nct}, ${colorScheme} scheme)`, async () => {
        // Chromium emulates the reader's preference; Firefox and WebKit cannot, so there the card is asked
        // for the scheme itself (theme=…), which applies the same colours.
        if (CAN_EMULATE_MEDIA) await emulateMedia({ colorScheme });
        try {
          const { el } = await renderCard({ nct, signupAction: '/__signup', termsHref: '/terms' });
          if (!CAN_EMULATE_MEDIA) {
            el.theme = colorScheme;
            await el.updateComplete;
          }
          await openAll(el);
          await expect(el).to.be.accessible();
          // The card's own colours agree with its background whatever the page declares.
          const base = $(el, '[part=base]')!;
          const background = getComputedStyle(base).backgroundColor;
          // (The engine's own Canvas: a dark one differs between Chromium, Firefox and WebKit.)
          expect(background, 'dark background in the dark scheme').to.equal(
            canvasColor(colorScheme),
          );
        } finally {
          if (CAN_EMULATE_MEDIA) await emulateMedia({ colorScheme: 'light' });
        }
      });
    }
  }
});

describe('<trial-summary> blocks', () => {
  it('shows the header facts in words', async () => {
    const { el } = await renderCard({ nct: 'NCT00711542' });
    const text = cardText(el);
    expect(text).to.include('Stopped early (terminated)');
    expect(text).to.include('Phase 1 and 2');
    expect(text).to.include('Interventional');
    expect(text).to.include('NCT00711542');
  });

  it('shows "status unknown" with the last known status', async () => {
    const { el } = await renderCard({ nct: 'NCT04207047' });
    expect(cardText(el)).to.match(/Status unknown \(last known: [A-Z][a-z]/);
  });

  it('renders the summary from markdown and hides the detailed description behind a disclosure', async () => {
    const { el } = await renderCard({ nct: 'NCT03630471' });
    const details = $(el, 'section[part=summary] details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.include(
      'Read the detailed description',
    );
    expect(details.querySelectorAll('li'), 'built only when opened').to.have.length(0);
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    expect(details.querySelectorAll('ol li, ul li').length).to.be.greaterThan(0);
  });

  it('explains what this could mean, from the record', async () => {
    const { el } = await renderCard({ nct: 'NCT06097962' });
    const block = $(el, 'section[part=risks]')!;
    const text = block.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Active substance');
    expect(text).to.include('Very early studies give a small number of people limited amounts');
    expect(text).to.include('very early step');
    expect(text).to.include('No doctor has checked them yet');
  });

  it('quotes whyStopped verbatim, labelled as the sponsor’s words', async () => {
    const { el } = await renderCard({ nct: 'NCT05144685' });
    const figure = $(el, 'figure.quote')!;
    expect(figure.querySelector('figcaption')!.textContent).to.include('sponsor’s own words');
    expect(figure.querySelector('blockquote')!.textContent).to.equal(
      'Data Safety Monitoring Board (DSMB) recommendation per Charter stopping rules. The study surpassed the pre-planned futility boundary.',
    );
  });

  it('gives the share with serious adverse events per group as numbers', async () => {
    const { el } = await renderCard({ nct: 'NCT02210780' });
    const text = $(el, 'section[part=risks]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/ \d+ of \d+ people \(\d+(\.\d)?%\)/);
  });

  it('lists conditions as entered and the registry’s standard terms', async () => {
    const { el } = await renderCard({ nct: 'NCT04040387' });
    const text = $(el, 'section[part=conditions]')!.textContent!;
    expect(text).to.include('As listed by the study team');
    expect(text).to.include('Standard terms used by ClinicalTrials.gov');
  });

  it('links central contacts by tel: and mailto:', async () => {
    const { el } = await renderCard({ nct: 'NCT06097962' });
    const links = $$(el, 'section[part=locations] a').map((a) => (a as HTMLAnchorElement).href);
    expect(links).to.include('tel:+8618621668515');
    expect(links).to.include('mailto:yanjun@basetherapeutics.com');
  });

  it('shows a contact "name" that is really instructions as a note', async () => {
    const { el } = await renderCard({ nct: 'NCT05869903' });
    const notes = $$(el, 'section[part=locations] .note').map((n) => n.textContent!);
    expect(
      notes.some((n) => n.includes('There may be multiple sites in this clinical trial.')),
    ).to.equal(true);
  });

  it('shows the first sites of 1,148 and pages through the rest, never all at once', async () => {
    const { el } = await renderCard({ nct: 'NCT04267848' });
    expect($$(el, 'li.site')).to.have.length(5);
    const button = $(el, 'button.show-sites')!;
    expect(button.textContent).to.include('Show all 1,148 sites');
    button.click();
    await el.updateComplete;
    expect($$(el, 'li.site')).to.have.length(50);
    expect($(el, '#sites-range')!.textContent!.trim()).to.equal('Sites 1 to 50 of 1,148');
    expect(el.shadowRoot!.activeElement?.id).to.equal('site-5');
    expect($(el, 'button.previous-sites')).to.equal(null);
    $(el, 'button.next-sites')!.click();
    await el.updateComplete;
    expect($$(el, 'li.site')).to.have.length(50);
    expect($(el, '#sites-range')!.textContent!.trim()).to.equal('Sites 51 to 100 of 1,148');
    expect(el.shadowRoot!.activeElement?.id).to.equal('site-50');
    expect($(el, 'ol.sites')!.getAttribute('start')).to.equal('51');
    await expect(el).to.be.accessible();
    for (let i = 0; i < 21; i++) {
      $(el, 'button.next-sites')!.click();
      await el.updateComplete;
    }
    expect($(el, '#sites-range')!.textContent!.trim()).to.equal('Sites 1,101 to 1,148 of 1,148');
    expect($$(el, 'li.site')).to.have.length(48);
    expect($(el, 'button.next-sites')).to.equal(null);
    $(el, 'button.previous-sites')!.click();
    await el.updateComplete;
    expect($(el, '#sites-range')!.textContent!.trim()).to.equal('Sites 1,051 to 1,100 of 1,148');
  });

  it('shows dates at their own precision and marks estimates', async () => {
    const { el } = await renderCard({ nct: 'NCT05869903' });
    const rows = $$(el, 'section[part=dates] dl > div').map((d) =>
      d.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows.some((r) => /Study end .*\(estimated\)/.test(r))).to.equal(true);
    expect(rows.some((r) => /^Last checked by the study team [A-Z][a-z]+ \d{4}$/.test(r))).to.equal(
      true,
    );
  });

  it('has no sign-up form without signup-action', async () => {
    const { el } = await renderCard({ nct: 'NCT00184067' });
    expect($(el, 'section[part=signup] form')).to.equal(null);
  });
});

describe('<trial-summary> sign-up', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  async function card(
    options: { action?: string; encoding?: 'json' | 'form'; timeout?: number; nct?: string } = {},
  ) {
    const { el } = await renderCard({
      nct: options.nct ?? 'NCT06097962',
      signupAction: options.action ?? '/__signup',
      termsHref: '/terms.html',
      privacyHref: '/privacy.html',
      ...(options.encoding ? { signupEncoding: options.encoding } : {}),
      ...(options.timeout ? { timeout: options.timeout } : {}),
    });
    const form = $(el, 'form') as HTMLFormElement;
    const input = (selector: string) => form.querySelector(selector) as HTMLInputElement;
    return {
      el,
      form,
      email: input('input[type=email]'),
      study: input('#signup-topic-study'),
      condition: input('#signup-topic-condition-0'),
      consent: input('#signup-consent'),
      honeypot: input('input[name=trial-summary-extra]'),
      submit: form.querySelector('button[type=submit]') as HTMLButtonElement,
    };
  }

  /** Fills the form as a reader would and returns the address typed. */
  function fill(parts: Awaited<ReturnType<typeof card>>): string {
    const address = `reader+${Math.random().toString(36).slice(2)}@example.org`;
    parts.email.value = address;
    parts.condition.checked = true;
    parts.consent.checked = true;
    return address;
  }

  async function posted(address: string) {
    // Up to 5 s: WebKit, beside two other engines on a busy machine, has been seen to take over 1 s.
    await waitUntil(
      async () =>
        (await requestsSeen('/__signup')).some(
          (e) => e.body?.includes(encodeURIComponent(address)) || e.body?.includes(address),
        ),
      'the sign-up was posted',
      { timeout: 5000 },
    );
    return (await requestsSeen('/__signup')).filter(
      (e) => e.body?.includes(encodeURIComponent(address)) || e.body?.includes(address),
    );
  }

  it('explains what is missing, keeps what was typed and focuses the first problem', async () => {
    const parts = await card();
    const { el, email, study, consent, submit } = parts;
    email.value = 'not-an-address';
    study.checked = false;
    submit.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === email);
    expect(email.value).to.equal('not-an-address');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.include('signup-email-error');
    expect($(el, '#signup-email-error')!.textContent).to.include('name@example.com');
    expect($(el, '#signup-topics-error')!.textContent).to.include('at least one');
    expect($(el, 'fieldset.topics')!.getAttribute('aria-describedby')).to.equal(
      'signup-topics-error',
    );
    expect($(el, '#signup-consent-error')!.textContent).to.include('tick the box');
    await expect(el).to.be.accessible();
    email.value = 'reader@example.org';
    submit.click();
    await waitUntil(() => el.shadowRoot!.activeElement === study);
    study.checked = true;
    submit.click();
    await waitUntil(() => el.shadowRoot!.activeElement === consent);
    expect($(el, '#signup-email-error')).to.equal(null);
  });

  it('posts JSON to signup-action with everything the reader chose, then says where updates will go', async () => {
    const parts = await card();
    const address = fill(parts);
    const signedUp = oneEvent(parts.el, 'trial-summary-signup');
    const succeeded = oneEvent(parts.el, 'trial-summary-signup-success');
    parts.submit.click();
    const detail = (await signedUp).detail;
    await succeeded;
    const [entry] = await posted(address);
    expect(entry!.contentType).to.equal('application/json');
    const body = JSON.parse(entry!.body!);
    expect(body).to.deep.equal(detail);
    expect(body).to.deep.include({
      nct: 'NCT06097962',
      email: address,
      topics: ['study', 'condition'],
      conditions: ['NSCLC'],
      locale: 'en',
    });
    expect(body.consent).to.deep.equal({
      text: 'I agree to receive these emails and to the terms of use and the privacy policy.',
      links: {
        terms: new URL('/terms.html', location.href).href,
        privacy: new URL('/privacy.html', location.href).href,
      },
    });
    expect(body.submissionId).to.match(UUID);
    // Privacy: no referrer (the page's address can reveal a condition), no cookies.
    expect(entry!.referer).to.equal('');
    expect(entry!.cookie).to.equal('');
    await parts.el.updateComplete;
    expect($(parts.el, '.signup-status')!.textContent).to.include(`Updates will go to ${address}`);
    await expect(parts.el).to.be.accessible();
  });

  it('posts a form encoding with signup-encoding="form"', async () => {
    const parts = await card({ encoding: 'form' });
    const address = fill(parts);
    parts.submit.click();
    const [entry] = await posted(address);
    expect(entry!.contentType).to.equal('application/x-www-form-urlencoded');
    const form = new URLSearchParams(entry!.body);
    expect(form.get('nct')).to.equal('NCT06097962');
    expect(form.get('email')).to.equal(address);
    expect(form.getAll('topics')).to.deep.equal(['study', 'condition']);
    expect(form.getAll('conditions')).to.deep.equal(['NSCLC']);
    expect(form.get('submissionId')).to.match(UUID);
  });

  it('posts nothing when the host handles the sign-up (preventDefault)', async () => {
    const parts = await card({ action: '/__signup/host-handles' });
    const address = fill(parts);
    parts.el.addEventListener('trial-summary-signup', (event) => event.preventDefault(), {
      once: true,
    });
    parts.submit.click();
    await waitUntil(() => cardText(parts.el).includes(`Updates will go to ${address}`));
    expect((await requestsSeen('/__signup/host-handles')).length).to.equal(0);
  });

  const failures: [string, string, number | undefined, RegExp, number?][] = [
    ['a 500', '/__signup/fail', 500, /answered with error 500/],
    ['a dropped connection', '/__signup/reset', undefined, /could not be reached/],
    ['no answer in time', '/__signup/stall', undefined, /took too long/, 0.5],
  ];
  for (const [what, action, status, message, timeout] of failures) {
    it(`says so after ${what}, announces it, and loses nothing typed`, async () => {
      const parts = await card({ action, ...(timeout ? { timeout } : {}) });
      const address = fill(parts);
      const failed = oneEvent(parts.el, 'trial-summary-signup-error');
      parts.submit.click();
      const detail = (await failed).detail;
      expect(detail.reason).to.equal(status ? 'http' : timeout ? 'timeout' : 'network');
      expect(detail.status).to.equal(status);
      await parts.el.updateComplete;
      const statusLine = $(parts.el, '.signup-status')!;
      expect(statusLine.getAttribute('role')).to.equal('status');
      expect(statusLine.textContent).to.match(message);
      expect(statusLine.textContent).to.include('Everything you typed is still here');
      expect(parts.email.value).to.equal(address);
      expect(parts.condition.checked && parts.consent.checked).to.equal(true);
      await expect(parts.el).to.be.accessible();
    });
  }

  it('succeeds when tried again, with the same submission id', async () => {
    const parts = await card({ action: `/__signup/once-${Math.random().toString(36).slice(2)}` });
    const address = fill(parts);
    const failed = oneEvent(parts.el, 'trial-summary-signup-error');
    parts.submit.click();
    await failed;
    const succeeded = oneEvent(parts.el, 'trial-summary-signup-success');
    parts.submit.click();
    await succeeded;
    const bodies = (await posted(address)).map((e) => JSON.parse(e.body!));
    expect(bodies).to.have.length(2);
    expect(bodies[0].submissionId).to.equal(bodies[1].submissionId);
  });

  it('sends once on a double click, and stays accessible while sending', async () => {
    const parts = await card({ action: '/__signup/stall', timeout: 1 });
    const address = fill(parts);
    const failed = oneEvent(parts.el, 'trial-summary-signup-error');
    parts.submit.click();
    parts.submit.click();
    await parts.el.updateComplete;
    expect(parts.submit.getAttribute('aria-disabled')).to.equal('true');
    expect(parts.submit.textContent).to.include('Sending');
    await expect(parts.el).to.be.accessible();
    await failed;
    expect(await posted(address)).to.have.length(1);
  });

  it('can be completed with the keyboard alone', async () => {
    const parts = await card();
    const address = `keys${Date.now()}@example.org`;
    parts.email.focus();
    await sendKeys({ type: address });
    await sendKeys({ press: 'Tab' }); // this study (already ticked)
    await sendKeys({ press: 'Tab' }); // new studies for NSCLC
    await sendKeys({ press: ' ' }); // the space bar ('Space' is an unknown key in Firefox)
    await sendKeys({ press: 'Tab' }); // consent (the honeypot is not in the tab order)
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' }); // the terms link
    await sendKeys({ press: 'Tab' }); // the privacy link
    await sendKeys({ press: 'Tab' }); // the button
    expect(parts.el.shadowRoot!.activeElement).to.equal(parts.submit);
    // What was sent is read from the card's own events, not the server log: WebKit's driver under load has been
    // seen to finish the post before the typed address reached the log's search.
    const signup = oneEvent(parts.el, 'trial-summary-signup') as Promise<TrialSummarySignupEvent>;
    const success = oneEvent(parts.el, 'trial-summary-signup-success');
    await sendKeys({ press: 'Enter' });
    const { detail } = await signup;
    expect(detail.email).to.equal(parts.email.value);
    expect(detail.email).to.match(/^keys\d+@example\.org$/);
    expect(detail.topics).to.deep.equal(['study', 'condition']);
    await success;
    await waitUntil(
      () => cardText(parts.el).includes('Updates will go to'),
      'the sign-up was thanked',
    );
  });

  it('thanks a robot that fills the honeypot, and sends nothing', async () => {
    const parts = await card();
    const address = fill(parts);
    parts.honeypot.value = 'https://spam.example';
    const spam = oneEvent(parts.el, 'trial-summary-signup-error');
    parts.submit.click();
    expect((await spam).detail.reason).to.equal('spam');
    await waitUntil(() => cardText(parts.el).includes('Updates will go to'));
    expect((await requestsSeen('/__signup')).some((e) => e.body?.includes(address))).to.equal(
      false,
    );
  });

  it('links the consent text to terms-href and privacy-href in a new tab', async () => {
    const { el } = await card();
    const links = $$(el, 'form label a') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal([
      new URL('/terms.html', location.href).href,
      new URL('/privacy.html', location.href).href,
    ]);
    for (const link of links) expect(link.rel).to.equal('noopener noreferrer');
  });

  it('offers the registry’s RSS feeds, with or without signup-action', async () => {
    const { el } = await renderCard({ nct: 'NCT05144685' });
    expect($(el, 'form')).to.equal(null);
    const feeds = $$(el, '.feeds a').map((a) => (a as HTMLAnchorElement).href);
    expect(feeds).to.deep.equal([
      'https://clinicaltrials.gov/api/rss?term=NCT05144685&dateField=LastUpdatePostDate',
      'https://clinicaltrials.gov/api/rss?cond=Suicide%2C%20Attempted&dateField=StudyFirstPostDate',
      'https://clinicaltrials.gov/api/rss?cond=Suicidal%20Ideation&dateField=StudyFirstPostDate',
    ]);
    expect($(el, 'section[part=signup]')!.textContent).to.include('RSS is a free way');
  });
});

describe('<trial-summary> states and events', () => {
  it('normalises the id and fires trial-summary-load (bubbling, composed) with canonical and requested ids', async () => {
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('trial-summary-load', listener);
    try {
      const { event } = await renderCard({ nct: '  nct184067 ' });
      expect(loadOf(event)).to.deep.include({ nct: 'NCT00184067', requestedNct: 'NCT00184067' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(seen).to.include(event);
    } finally {
      document.removeEventListener('trial-summary-load', listener);
    }
  });

  it('accepts a study that came back under its new id for an alias (301)', async () => {
    const { event } = await renderCard({ nct: 'NCT09999901' });
    expect(loadOf(event)).to.deep.include({ nct: 'NCT00184067', requestedNct: 'NCT09999901' });
  });

  const errors: [
    string,
    { nct: string; faults?: string[]; timeout?: number; apiBase?: string },
    string,
    number | undefined,
    boolean,
    RegExp,
  ][] = [
    [
      'an invalid id',
      { nct: 'NCT-12' },
      'invalid-id',
      undefined,
      false,
      /not a ClinicalTrials\.gov study number/,
    ],
    [
      'a non-http api-base',
      { nct: 'NCT00184067', apiBase: 'javascript:alert(1)' },
      'config',
      undefined,
      false,
      /not a web address/,
    ],
    [
      'an unknown study',
      { nct: 'NCT00000001' },
      'not-found',
      404,
      false,
      /has no study NCT00000001/,
    ],
    ['a 500', { nct: 'NCT00184067', faults: ['500'] }, 'http', 500, true, /having a problem/],
    ['a 503', { nct: 'NCT00184067', faults: ['503'] }, 'http', 503, true, /having a problem/],
    ['a 429', { nct: 'NCT00184067', faults: ['429'] }, 'http', 429, true, /busy right now/],
    [
      'a 400',
      { nct: 'NCT00184067', faults: ['400'] },
      'http',
      400,
      false,
      /could not answer this request \(error 400\)/,
    ],
    [
      'a connection reset',
      { nct: 'NCT00184067', faults: ['reset'] },
      'network',
      undefined,
      true,
      /could not be reached/,
    ],
    [
      'a stalled response',
      { nct: 'NCT00184067', faults: ['stall'], timeout: 0.3 },
      'timeout',
      undefined,
      true,
      /took too long/,
    ],
    [
      'a stalled body',
      { nct: 'NCT00184067', faults: ['stall-body'], timeout: 0.3 },
      'timeout',
      undefined,
      true,
      /took too long/,
    ],
    [
      'truncated JSON',
      { nct: 'NCT00184067', faults: ['truncated'] },
      'parse',
      undefined,
      true,
      /could not read/,
    ],
    [
      'an HTML page with 200',
      { nct: 'NCT00184067', faults: ['html'] },
      'parse',
      undefined,
      true,
      /could not read/,
    ],
    [
      'an empty body',
      { nct: 'NCT00184067', faults: ['empty'] },
      'parse',
      undefined,
      true,
      /could not read/,
    ],
    [
      'a different study',
      { nct: 'NCT00184067', faults: ['other-study'] },
      'mismatch',
      undefined,
      false,
      /sent a different study/,
    ],
    [
      'a 429 without Retry-After, after backing off',
      { nct: 'NCT00184067', faults: ['429-no-retry-after'] },
      'http',
      429,
      true,
      /busy right now/,
    ],
  ];
  for (const [what, setup, reason, status, retry, message] of errors) {
    it(`${what} → ${reason}`, async () => {
      const { base } = faultBase(...(setup.faults ?? []));
      const fetched: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        fetched.push(String(input));
        return realFetch(input, init);
      };
      const { result, messages } = await consoleDuring(() =>
        renderCard({
          nct: setup.nct,
          apiBase: setup.apiBase ?? base,
          ...(setup.timeout ? { timeout: setup.timeout } : {}),
        }),
      ).finally(() => {
        window.fetch = realFetch;
      });
      const { el, event } = result;
      const detail = errorOf(event);
      expect(detail.reason).to.equal(reason);
      expect(detail.status).to.equal(status);
      expect(event.bubbles && event.composed).to.equal(true);
      expect($(el, '.error-message')!.textContent).to.match(message);
      // A card that fails on page load is not announced; its message is in the card.
      expect($(el, '[role=status]')!.textContent!.trim()).to.equal('');
      expect(Boolean($(el, 'button.retry'))).to.equal(retry);
      expect(messages.length > 0).to.equal(reason === 'network');
      if (reason === 'network') expect(messages[0]).to.include('api-base');
      if (reason === 'invalid-id' || reason === 'config') expect(fetched).to.deep.equal([]);
      else expect(fetched).to.have.length.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('retries after a failure and focuses the study title', async () => {
    const { base } = faultBase('500*1');
    const { el, event } = await renderCard({ nct: 'NCT00184067', apiBase: base });
    expect(errorOf(event).status).to.equal(500);
    const loaded = oneEvent(el, 'trial-summary-load');
    $(el, 'button.retry')!.click();
    loadOf(await loaded);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
  });

  it('shows a skeleton while loading: busy, announced, accessible, fallback hidden', async () => {
    const { base } = faultBase('stall');
    const el = await fixture<TrialSummaryElement>(
      html`<trial-summary nct="NCT00184067" api-base=${base} .clock=${fixedClock}
        ><a href="https://clinicaltrials.gov/study/NCT00184067">NCT00184067</a></trial-summary
      >`,
    );
    await waitUntil(() => $(el, '[part=base]')!.getAttribute('aria-busy') === 'true');
    expect($(el, '[part=skeleton]')).to.not.equal(null);
    expect($(el, 'slot')).to.equal(null);
    expect($(el, '[role=status]')!.closest('[aria-busy=true]')).to.equal(null);
    expect($(el, '[part=skeleton]')!.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows the fallback content before a study is set and in error states', async () => {
    const el = await fixture<TrialSummaryElement>(
      html`<trial-summary api-base=${API}><a href="#x">Study link</a></trial-summary>`,
    );
    expect($(el, 'slot')).to.not.equal(null);
    const failed = oneEvent(el, 'trial-summary-error');
    el.nct = 'nonsense';
    await failed;
    await el.updateComplete;
    expect($(el, 'slot')).to.not.equal(null);
    const loaded = oneEvent(el, 'trial-summary-load');
    el.nct = 'NCT00184067';
    await loaded;
    expect($(el, 'slot')).to.equal(null);
  });

  it('shows only the last study when nct changes mid-flight, and aborts the superseded request', async () => {
    const { base, tag } = faultBase('stall@NCT00184067');
    const el = await fixture<TrialSummaryElement>(
      html`<trial-summary api-base=${base} .clock=${fixedClock}></trial-summary>`,
    );
    const events: Event[] = [];
    el.addEventListener('trial-summary-load', (e) => events.push(e));
    el.addEventListener('trial-summary-error', (e) => events.push(e));
    el.nct = 'NCT00184067';
    await waitUntil(async () => (await requestsSeen(tag)).length === 1);
    const loaded = oneEvent(el, 'trial-summary-load');
    el.nct = 'NCT06097962';
    expect(loadOf(await loaded).nct).to.equal('NCT06097962');
    await waitUntil(
      async () => (await requestsSeen(`${tag}/api/v2/studies/NCT00184067`))[0]?.aborted === true,
    );
    expect(events).to.have.length(1);
    expect($(el, '#title')!.textContent).to.include('NK510');
  });

  it('ends on the last of 100 rapid nct changes with one load event and one request', async () => {
    const { base, tag } = faultBase('delay-30');
    const el = await fixture<TrialSummaryElement>(
      html`<trial-summary api-base=${base} loading="eager" .clock=${fixedClock}></trial-summary>`,
    );
    const all = await fixtureIds();
    const ids = Array.from({ length: 100 }, (_, i) => all[i % all.length]!);
    const events: Event[] = [];
    el.addEventListener('trial-summary-load', (e) => events.push(e));
    for (const nct of ids) {
      el.nct = nct;
      await el.updateComplete;
    }
    await waitUntil(() => events.length > 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(events).to.have.length(1);
    expect(loadOf(events[0]!).nct).to.equal(ids[ids.length - 1]);
    // Superseded ids left the queue before the batch window closed: only the last was asked for.
    expect((await requestsSeen(tag)).map((e) => e.url)).to.deep.equal([
      `${base}/studies/${ids[ids.length - 1]}?fields=${CARD_FIELDS.join(',')}`,
    ]);
  });

  it('aborts when removed mid-flight and loads again when put back', async () => {
    const { base, tag } = faultBase('stall*1');
    const el = await fixture<TrialSummaryElement>(
      html`<trial-summary api-base=${base} nct="NCT00184067"></trial-summary>`,
    );
    await waitUntil(async () => (await requestsSeen(tag)).length === 1);
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(async () => (await requestsSeen(tag))[0]?.aborted === true);
    const loaded = oneEvent(el, 'trial-summary-load');
    parent.append(el);
    loadOf(await loaded);
  });

  it('announces what the reader caused: loading, then the new study or the error', async () => {
    const { base } = faultBase('stall@NCT06097962', '500@NCT00711542');
    const { el } = await renderCard({ nct: 'NCT00184067', apiBase: base });
    const status = $(el, '[role=status]')!;
    expect(status.textContent!.trim(), 'nothing on page load').to.equal('');
    el.nct = 'NCT06097962';
    await el.updateComplete;
    expect(status.textContent).to.include('Loading study NCT06097962');
    expect(status.closest('[aria-busy]')).to.equal(null);
    const failed = oneEvent(el, 'trial-summary-error');
    el.nct = 'NCT00711542';
    await failed;
    await el.updateComplete;
    expect(status.textContent).to.include('having a problem');
    const loaded = oneEvent(el, 'trial-summary-load');
    el.nct = 'NCT00184067';
    await loaded;
    await el.updateComplete;
    expect(status.textContent).to.include('Study loaded: Continuation Booster Trial');
  });

  it('fires trial-summary-load after the study is in the card', async () => {
    const el = await fixture<TrialSummaryElement>(
      html`<trial-summary api-base=${API} .clock=${fixedClock}></trial-summary>`,
    );
    const textAtEvent = new Promise<string>((resolve) =>
      el.addEventListener('trial-summary-load', () => resolve(cardText(el)), { once: true }),
    );
    el.nct = 'NCT00184067';
    expect(await textAtEvent).to.include('Continuation Booster Trial');
  });

  it('writes in English, marked as such, on a page in a language it has no table for', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const el = document.createElement('trial-summary');
    el.apiBase = API;
    el.clock = fixedClock;
    el.nct = 'NCT05869903';
    const loaded = oneEvent(el, 'trial-summary-load');
    holder.append(el);
    await loaded;
    await el.updateComplete;
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('en');
    expect(cardText(el)).to.include('Study start');
    expect(cardText(el)).to.match(/August \d+, 2023|[A-Z][a-z]+ \d+, 20\d\d/);
  });

  it('accepts JSON sent with the wrong content type', async () => {
    const { base } = faultBase('text');
    const { event } = await renderCard({ nct: 'NCT00184067', apiBase: base });
    expect(loadOf(event).nct).to.equal('NCT00184067');
  });

  it('does not fetch again when moved in the page', async () => {
    const { base, tag } = faultBase();
    const { el } = await renderCard({ nct: 'NCT00184067', apiBase: base });
    const events: Event[] = [];
    el.addEventListener('trial-summary-load', (e) => events.push(e));
    const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
    elsewhere.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(await requestsSeen(tag)).to.have.length(1);
    expect(events).to.have.length(0);
    expect($(el, '#title')).to.not.equal(null);
  });

  it('does not throw when the registering module runs a second time', async () => {
    const { TrialSummaryElement } = await import('../src/trial-summary.js');
    // A query string makes the browser evaluate a second copy of the module.
    await import(/* @vite-ignore */ `../src/define.ts?copy=${Date.now()}`);
    expect(customElements.get('trial-summary')).to.equal(TrialSummaryElement);
  });
});

describe('<trial-summary> on a page of many cards', () => {
  it('shows 50 eager cards with distinct ids from at most 2 requests', async () => {
    const { base, tag } = faultBase();
    const recorded = await fixtureIds();
    // 22 recorded studies and 28 well-formed ids the registry does not have.
    const ids = [
      ...recorded,
      ...Array.from({ length: 28 }, (_, i) => `NCT0999${String(1000 + i).padStart(4, '0')}`),
    ];
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const settled: Promise<Event>[] = [];
    for (const nct of ids) {
      const el = document.createElement('trial-summary');
      el.apiBase = base;
      el.loading = 'eager';
      el.nct = nct;
      settled.push(
        Promise.race([oneEvent(el, 'trial-summary-load'), oneEvent(el, 'trial-summary-error')]),
      );
      holder.append(el);
    }
    const events = await Promise.all(settled);
    expect(events.filter((e) => e.type === 'trial-summary-load')).to.have.length(22);
    expect(
      events.filter((e) => e.type === 'trial-summary-error').map((e) => errorOf(e).reason),
    ).to.deep.equal(Array(28).fill('not-found'));
    const requests = await requestsSeen(tag);
    expect(requests.length).to.be.at.most(2);
    expect(
      requests.every((r) => r.url.includes('filter.ids=') && r.url.includes('fields=')),
    ).to.equal(true);
  });

  it('fetches a lazy card only when it comes near the viewport', async () => {
    const { base, tag } = faultBase();
    const holder = await fixture<HTMLDivElement>(
      html`<div>
        <trial-summary api-base=${base} nct="NCT00184067"></trial-summary>
        <div style="height: 6000px"></div>
        <trial-summary api-base=${base} nct="NCT06097962"></trial-summary>
      </div>`,
    );
    const [near, far] = [...holder.querySelectorAll('trial-summary')] as TrialSummaryElement[];
    await oneEvent(near!, 'trial-summary-load');
    await new Promise((r) => requestAnimationFrame(r));
    expect((await requestsSeen(tag)).map((r) => r.url)).to.satisfy((urls: string[]) =>
      urls.every((u) => !u.includes('NCT06097962')),
    );
    expect($(far!, '[part=skeleton]'), 'the far card keeps its place').to.not.equal(null);
    const loaded = oneEvent(far!, 'trial-summary-load');
    far!.scrollIntoView();
    await loaded;
    expect((await requestsSeen(tag)).some((r) => r.url.includes('NCT06097962'))).to.equal(true);
    window.scrollTo(0, 0);
  });

  it('shows a copy from this session at once and refreshes a stale one without losing what was typed', async () => {
    const { base, tag } = faultBase('delay-200');
    const nct = 'NCT06097962';
    const record = await loadFixture(nct);
    const key = `trial-summary:v1:${location.origin}${base}:${nct}`;
    const retrievedAt = Date.parse('2026-01-02T03:04:00Z');
    sessionStorage.setItem(key, JSON.stringify({ nct, retrievedAt, study: record }));
    const { el, event } = await renderCard({ nct, apiBase: base, signupAction: '/__signup' });
    loadOf(event);
    // Shown from the stale copy, before the registry answered, with the time it was retrieved.
    expect($(el, 'footer time')!.getAttribute('datetime')).to.equal(
      new Date(retrievedAt).toISOString(),
    );
    const email = $(el, 'input[type=email]') as HTMLInputElement;
    email.value = 'typed@example.org';
    const details = $(el, 'details.more, details.own-words') as HTMLDetailsElement;
    details.open = true;
    await waitUntil(
      () => $(el, 'footer time')!.getAttribute('datetime') !== new Date(retrievedAt).toISOString(),
      'refreshed',
      {
        timeout: 5000,
      },
    );
    expect((await requestsSeen(tag)).length).to.equal(1);
    expect(email.value, 'typed text survives the refresh').to.equal('typed@example.org');
    expect(details.open, 'an opened disclosure stays open').to.equal(true);
    sessionStorage.removeItem(key);
  });

  it('reads a study once per session: a second card of the same study makes no request', async () => {
    const { base, tag } = faultBase();
    await renderCard({ nct: 'NCT00184067', apiBase: base });
    await renderCard({ nct: 'NCT00184067', apiBase: base });
    expect(await requestsSeen(tag)).to.have.length(1);
  });
});
