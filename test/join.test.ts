/**
 * "Can I join?": the answer every card gives in its header, its public hooks (part, data attributes, the
 * load event), its date whenever the record may be stale, and the sentences that follow the study's status.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { TrialSummaryLoadEvent } from '../src/events.js';
import type { TrialSummaryElement } from '../src/trial-summary.js';
import { $, $$, API, cardText, renderCard } from './helpers.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { contextOf } from '../src/view-model/context.js';

/** A card whose "today" is `now`, loaded eagerly from the fake registry. */
async function cardAt(nct: string, now: string, layout?: 'card') {
  const el = await fixture<TrialSummaryElement>(
    html`<trial-summary
      loading="eager"
      .apiBase=${API}
      layout=${layout ?? 'full'}
    ></trial-summary>`,
  );
  el.clock = () => new Date(now);
  const loaded = oneEvent(el, 'trial-summary-load') as Promise<TrialSummaryLoadEvent>;
  el.nct = nct;
  const event = await loaded;
  await el.updateComplete;
  return { el, event };
}

const answer = (el: TrialSummaryElement) => $(el, '[part=join]')!;

describe('"Can I join?"', () => {
  it('answers in the header, with its hooks, while the record is fresh', async () => {
    // NCT06097962 is recruiting, last checked in September 2025.
    const { el, event } = await cardAt('NCT06097962', '2025-10-15T12:00:00Z');
    const join = answer(el);
    expect(join.closest('header[part=header]')).to.not.equal(null);
    expect(join.dataset['join']).to.equal('recruiting');
    expect(join.dataset['asOf']).to.equal('2025-09');
    expect(el.dataset['join']).to.equal('recruiting');
    expect(el.dataset['asOf']).to.equal('2025-09');
    expect(event.detail.join).to.equal('recruiting');
    expect(event.detail.asOf).to.equal('2025-09');
    const text = join.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Can I join?');
    expect(text).to.include('as of September 2025');
    // What recruiting means in practice.
    expect(text).to.include('screening');
    expect(join.querySelector<HTMLElement>('[data-source]')!.dataset['source']).to.include(
      'protocolSection.statusModule.overallStatus',
    );
    await expect(el).to.be.accessible();
  });

  it('dates every "now" once the record is old, and leaves the headline without a status', async () => {
    // The same record, read fourteen months after its last check.
    const { el } = await cardAt('NCT06097962', '2026-11-29T12:00:00Z');
    const text = answer(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/was looking for people to take part, as of September 2025/);
    expect(text).to.include('may have changed');
    expect($(el, '#title')!.textContent).to.not.match(/recruiting/i);
    expect(cardText(el)).to.not.match(/\bnow\b(?! .{0,40}\d{4})/i);
    expect($(el, '.sites-summary')!.textContent).to.include('as of September 2025');
    expect(el.dataset['asOf']).to.equal('2025-09');
  });

  it('says plainly that nobody can join a paused study', async () => {
    // A labelled variant of NCT06097962 with only its status changed (test/fixtures/SOURCES.md).
    const { el } = await cardAt('NCT09999911', '2025-10-15T12:00:00Z');
    expect(answer(el).dataset['join']).to.equal('paused');
    expect(answer(el).textContent).to.match(/Not now: the study is paused, so nobody can join/);
    expect(cardText(el)).to.not.include('If you take part');
    expect($(el, '#eligibility-heading')!.textContent).to.include('Who could take part');
  });

  it('tells a withdrawn study as what it was meant to do, without a future that will not happen', async () => {
    const { el } = await cardAt('NCT00973089', '2026-11-29T12:00:00Z');
    expect(answer(el).dataset['join']).to.equal('withdrawn');
    expect(answer(el).textContent).to.include('withdrawn before anyone took part');
    const facts = $$(el, '.facts-list li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(facts.join(' ')).to.not.match(
      /\bIt is for\b|\bThe study tests\b|are expected to take part/,
    );
    expect(facts.some((f) => /was meant/.test(f))).to.equal(true);
    // Estimated dates are plans the withdrawal cancelled: listed as such, never drawn as the study's future.
    for (const mark of $$(el, 'figure.timeline .mark.estimated')) expect(mark).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists a withdrawn study’s estimated study dates as plans, and draws none of them', async () => {
    // NCT05584540 (corpus) was withdrawn with its start and both completions still estimated: the recorded
    // withdrawn study above has only estimated postings, so this is the case that shows the rule.
    const { el } = await cardAt('NCT05584540', '2026-11-29T12:00:00Z');
    expect(answer(el).dataset['join']).to.equal('withdrawn');
    const planned = $$(el, 'dl.dates dd').filter((dd) =>
      dd.textContent!.includes('planned; the study was withdrawn'),
    );
    expect(planned.length).to.equal(3);
    expect($$(el, 'figure.timeline .mark.estimated')).to.have.length(0);
  });

  it('links the expanded-access record when the record names one', async () => {
    // NCT02552212 says expanded access to certolizumab pegol exists, as NCT03559686.
    const { el } = await renderCard({ nct: 'NCT02552212' });
    const access = $(el, '.expanded-access')!;
    expect(access.textContent).to.include('expanded access');
    const link = access.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://clinicaltrials.gov/study/NCT03559686');
    expect(link.closest('details')).to.equal(null);
  });

  it('is part of the compact card too', async () => {
    const { el } = await cardAt('NCT06097962', '2025-10-15T12:00:00Z', 'card');
    expect(answer(el).dataset['join']).to.equal('recruiting');
    await expect(el).to.be.accessible();
  });

  it('is asked in the card’s language', async () => {
    const { el } = await renderCard({ nct: 'NCT00184067', lang: 'es' });
    expect(answer(el).textContent).to.include('¿Puedo participar?');
    expect(answer(el).textContent).to.include('No: el estudio se detuvo antes de tiempo.');
  });
});

describe('what is tested, what it is compared with', () => {
  it('names what is tested in the headline, and lists what every group gets apart', async () => {
    // NCT04267848: every group gets platinum chemotherapy; the study tests adding pembrolizumab.
    const { el } = await renderCard({ nct: 'NCT04267848' });
    const title = $(el, '#title')!.textContent!;
    expect(title).to.include('Pembrolizumab');
    expect(title).to.not.include('Carboplatin');
    const headings = $$(el, '[part=risks] h3, [part=risks] h4').map((h) => h.textContent!.trim());
    expect(headings).to.include.members(['What every group gets', 'What it is compared with']);
    expect(cardText(el)).to.include('Everyone also gets');
  });
});

describe('results that say what they count', () => {
  it('labels serious problems and deaths "from any cause", with the record’s time frame', async () => {
    const { el } = await renderCard({ nct: 'NCT02513394' });
    const caption = $(el, 'table.glance caption')!.textContent!;
    expect(caption).to.include('deaths from any cause');
    expect(cardText(el)).to.not.include('Side effects at a glance');
    expect(cardText(el)).to.include('4 years');
    expect(cardText(el)).to.include('Other, less serious health problems');
  });

  it('links the papers the record lists with its results, by PubMed id, without fetching them', async () => {
    const { el } = await renderCard({ nct: 'NCT02552212' });
    const links = $$(el, 'ul.papers a').map((a) => a.getAttribute('href'));
    expect(links.length).to.equal(2);
    for (const href of links)
      expect(href).to.match(/^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/$/);
    expect($(el, 'ul.papers')!.closest('details')).to.equal(null);
  });
});

describe('"Can I join?" on a record that gives no date for its status', () => {
  // The caveat is a sentence of its own (round 13: ", but …, but …" read badly), in both languages.
  const rows: [Parameters<typeof en.join.answer>[0], string, string][] = [
    [
      { state: 'not-taking-new-people', stale: true },
      'No: the study is still going on, but it is not taking new people. The record does not say when this was last checked.',
      'No: el estudio sigue en curso, pero no acepta personas nuevas. El registro no dice cuándo se revisó por última vez.',
    ],
    [
      { state: 'recruiting', stale: true },
      'Maybe: the study was looking for people to take part. The record does not say when this was last checked. This may have changed since.',
      'Tal vez: el estudio buscaba personas para participar. El registro no dice cuándo se revisó por última vez. Puede que esto haya cambiado.',
    ],
    [
      { state: 'recruiting', stale: false, asOf: 'November 2026' },
      'Maybe: the study is looking for people to take part, as of November 2026.',
      'Tal vez: el estudio busca personas para participar, a fecha de November 2026.',
    ],
  ];
  for (const [j, english, spanish] of rows) {
    it(`${j.state}${j.asOf ? ', dated' : ', undated'}`, () => {
      expect(en.join.answer(j)).to.equal(english);
      expect(es.join!.answer!(j)).to.equal(spanish);
    });
  }
});

describe('a study not yet recruiting whose start date has passed', () => {
  // NCT07119606 (a search result): not yet recruiting, start "2025-09-01" with no type.
  const context = (startDateStruct: Record<string, string>) =>
    contextOf(
      {
        protocolSection: { statusModule: { overallStatus: 'NOT_YET_RECRUITING', startDateStruct } },
      },
      new Date('2026-11-29T12:00:00Z'),
    );
  const rows: [string, Record<string, string>, boolean][] = [
    ['an estimate', { date: '2025-09-01', type: 'ESTIMATED' }, true],
    ['a date with no type', { date: '2025-09-01' }, true],
    ['a date still to come', { date: '2027-01', type: 'ESTIMATED' }, false],
  ];
  for (const [name, struct, passed] of rows) {
    it(`${name}: ${passed ? 'told as passed' : 'told as expected'}`, () => {
      expect(context(struct).join.start?.passed).to.equal(passed);
    });
  }
});
