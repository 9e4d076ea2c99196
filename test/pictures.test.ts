/**
 * Pictures and words: the timeline's geometry, side effects at a glance and eligibility at a glance, as pure
 * data (tables) and as rendered in the card.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { glanceOf } from '../src/view-model/glance.js';
import { risksOf, contextOf } from '../src/view-model/plain.js';
import { toStudyView, type DateRow } from '../src/view-model/study.js';
import { MIN_GAP, timelineOf } from '../src/view-model/timeline.js';
import type { NctId } from '../src/registry/ids.js';
import { $, $$, FIXED_NOW, cardText, fixtureIds, loadFixture, renderCard } from './helpers.js';

const day = (kind: DateRow['kind'], iso: string, estimated = false): DateRow => {
  const [year, month, d] = iso.split('-').map(Number);
  return {
    kind,
    estimated,
    date: {
      year: year!,
      ...(month === undefined ? {} : { month }),
      ...(d === undefined ? {} : { day: d }),
    },
  };
};

describe('timeline geometry', () => {
  const now = new Date('2024-07-01T00:00:00Z');

  it('is undefined without any date it draws', () => {
    expect(timelineOf([], now)).to.equal(undefined);
    expect(timelineOf([day('lastVerified', '2024-01')], now)).to.equal(undefined);
  });

  it('spans whole years from the earliest date (or today) to the latest', () => {
    const layout = timelineOf([day('start', '2020-03-15'), day('completion', '2022-05-01')], now)!;
    expect(layout.ticks[0]!.year).to.equal(2020);
    expect(layout.ticks.at(-1)!.year).to.equal(2025);
    // Today is inside the range even when every date is in the past.
    expect(layout.today).to.be.within(layout.ticks[0]!.x, layout.ticks.at(-1)!.x);
  });

  const cases: [string, DateRow, 'day' | 'month' | 'year', number][] = [
    // A day is a point; a month covers about a twelfth of a year; a year the whole year.
    ['a day', day('start', '2021-06-15'), 'day', 0],
    ['a month', day('start', '2021-06'), 'month', 1 / 12],
    ['a year', day('start', '2021'), 'year', 1],
  ];
  for (const [name, row, precision, years] of cases) {
    it(`places ${name} at its own precision, never as a made-up day`, () => {
      const layout = timelineOf([row, day('completion', '2022-12-31')], now)!;
      const mark = layout.marks.find((m) => m.kind === 'start')!;
      expect(mark.precision).to.equal(precision);
      const yearWidth = layout.ticks[1]!.x - layout.ticks[0]!.x;
      expect(mark.to - mark.from).to.be.closeTo(years * yearWidth, yearWidth * 0.01);
      expect(mark.x).to.equal((mark.from + mark.to) / 2);
    });
  }

  it('puts the June 2021 month between 1 June and 1 July', () => {
    const layout = timelineOf(
      [day('start', '2021-06'), day('firstPosted', '2021-06-01'), day('lastUpdated', '2021-07-01')],
      now,
    )!;
    const month = layout.marks.find((m) => m.kind === 'start')!;
    const first = layout.marks.find((m) => m.kind === 'firstPosted')!;
    const next = layout.marks.find((m) => m.kind === 'lastUpdated')!;
    expect(month.from).to.be.closeTo(first.from, 1e-9);
    expect(month.to).to.be.closeTo(next.from, 1e-9);
  });

  it('numbers marks in order of time and puts study milestones and registry events on their rows', () => {
    const layout = timelineOf(
      [
        day('firstPosted', '2019-05-02'),
        day('lastUpdated', '2024-03-01'),
        day('start', '2019-03-01'),
        day('primaryCompletion', '2025-06', true),
        day('completion', '2026', true),
      ],
      now,
    )!;
    expect(layout.marks.map((m) => [m.number, m.kind, m.row])).to.deep.equal([
      [1, 'start', 'study'],
      [2, 'firstPosted', 'record'],
      [3, 'lastUpdated', 'record'],
      [4, 'primaryCompletion', 'study'],
      [5, 'completion', 'study'],
    ]);
    // Today falls after the three dates that have passed.
    expect(layout.todayAfter).to.equal(3);
  });

  it('puts today after a year it falls in, before a day after it', () => {
    const layout = timelineOf([day('start', '2024'), day('firstPosted', '2024-03-01')], now)!;
    expect(layout.marks.map((m) => m.kind)).to.deep.equal(['start', 'firstPosted']);
    expect(layout.todayAfter).to.equal(2);
    const later = timelineOf([day('start', '2024'), day('firstPosted', '2024-09-01')], now)!;
    expect(later.todayAfter).to.equal(1);
  });

  it('never draws the solid bar past the study’s end', () => {
    const layout = timelineOf([day('start', '2023'), day('completion', '2023-06-15')], now)!;
    expect(layout.bar!.solidTo).to.be.at.most(layout.bar!.to);
  });

  it('keeps a mark off a band it does not belong to', () => {
    // The 2020 band of the start covers the primary completion's day: they go on separate lanes.
    const layout = timelineOf([day('start', '2020'), day('primaryCompletion', '2020-06-01')], now)!;
    const [start, primary] = layout.marks;
    expect(start!.lane).to.not.equal(primary!.lane);
  });

  it('leaves out years no study has (typing errors)', () => {
    const layout = timelineOf([day('start', '0050-01-01'), day('completion', '2021-01-01')], now)!;
    expect(layout.marks.map((m) => m.kind)).to.deep.equal(['completion']);
    expect(layout.ticks.length).to.be.below(12);
  });

  it('draws the study bar solid as far as the study has run and as an estimate after it', () => {
    const layout = timelineOf(
      [
        day('start', '2019-03-01'),
        day('primaryCompletion', '2023-06-30'),
        day('completion', '2026-01', true),
      ],
      now,
    )!;
    const [start, , end] = layout.marks;
    expect(layout.bar).to.deep.equal({ from: start!.from, to: end!.to, solidTo: layout.today });
    expect(end!.estimated).to.equal(true);
  });

  it('draws a bar solid to an actual milestone the registry gives after today', () => {
    // Registries record actual dates late and early; the record's word wins over the clock.
    const layout = timelineOf(
      [
        day('start', '2019-03-01'),
        day('primaryCompletion', '2024-09-30'),
        day('completion', '2026'),
      ],
      now,
    )!;
    expect(layout.bar!.solidTo).to.equal(layout.bar!.to);
  });

  it('ends the solid bar at the study’s end when it is over', () => {
    const layout = timelineOf([day('start', '2019-03-01'), day('completion', '2021-05-01')], now)!;
    expect(layout.bar!.solidTo).to.equal(layout.bar!.to);
  });

  it('draws a study whose every milestone is estimated as an estimate from its start', () => {
    const layout = timelineOf(
      [day('start', '2025-01', true), day('completion', '2027-09-24', true)],
      now,
    )!;
    expect(layout.bar!.solidTo).to.equal(layout.bar!.from);
  });

  it('moves marks that would overlap onto separate lanes', () => {
    const layout = timelineOf(
      [
        day('start', '2010-01-01'),
        day('primaryCompletion', '2010-01-20'),
        day('completion', '2024-01-01'),
        day('firstPosted', '2010-01-05'),
        day('resultsPosted', '2010-02-01'),
      ],
      now,
    )!;
    for (const row of ['study', 'record'] as const) {
      const marks = layout.marks.filter((m) => m.row === row);
      for (const a of marks)
        for (const b of marks)
          if (a !== b && a.lane === b.lane) expect(Math.abs(a.x - b.x)).to.be.at.least(MIN_GAP);
    }
    expect(layout.lanes).to.deep.equal({ study: 2, record: 2 });
  });

  it('lays out every recorded study inside its width', async () => {
    for (const id of await fixtureIds()) {
      const view = toStudyView(await loadFixture(id), id as NctId, FIXED_NOW);
      const layout = timelineOf(view.dates, FIXED_NOW)!;
      expect(layout, id).to.not.equal(undefined);
      for (const m of layout.marks) {
        expect(m.from, id).to.be.at.least(0);
        expect(m.to, id).to.be.at.most(layout.width);
        expect(m.from, id).to.be.at.most(m.to);
      }
    }
  });
});

describe('side effects at a glance', () => {
  const glanceFor = async (id: string) =>
    glanceOf(risksOf(contextOf(await loadFixture(id), FIXED_NOW)));

  it('matches the record’s own numbers for every recorded study with results', async () => {
    let withResults = 0;
    for (const id of await fixtureIds()) {
      const study = await loadFixture(id);
      const groups = (study.resultsSection?.adverseEventsModule?.eventGroups ?? []) as Record<
        string,
        unknown
      >[];
      const glance = await glanceFor(id);
      const counted = groups.filter(
        (g) =>
          typeof g['title'] === 'string' &&
          typeof g['seriousNumAffected'] === 'number' &&
          typeof g['seriousNumAtRisk'] === 'number' &&
          (g['seriousNumAtRisk'] as number) > 0,
      );
      if (counted.length === 0) {
        expect(glance, id).to.equal(undefined);
        continue;
      }
      withResults++;
      expect(
        glance!.rows.map((r) => r.title),
        id,
      ).to.deep.equal(counted.map((g) => (g['title'] as string).trim()));
      counted.forEach((g, i) => {
        const row = glance!.rows[i]!;
        expect(row.serious!.affected, id).to.equal(g['seriousNumAffected']);
        expect(row.serious!.atRisk, id).to.equal(g['seriousNumAtRisk']);
        expect(row.serious!.share, id).to.equal(
          (g['seriousNumAffected'] as number) / (g['seriousNumAtRisk'] as number),
        );
        if (glance!.deaths && typeof g['deathsNumAffected'] === 'number') {
          expect(row.deaths!.affected, id).to.equal(g['deathsNumAffected']);
        }
      });
    }
    expect(withResults).to.be.at.least(6);
  });

  it('joins the deaths to the serious events by group title', () => {
    const glance = glanceOf([
      {
        kind: 'serious-adverse-events',
        interventional: true,
        sources: [],
        groups: [
          { title: 'Drug', affected: 3, atRisk: 10 },
          { title: 'Placebo', affected: 1, atRisk: 10 },
        ],
      },
      {
        kind: 'deaths',
        sources: [],
        groups: [
          { title: 'Placebo', affected: 0, atRisk: 10 },
          { title: 'Drug', affected: 1, atRisk: 10 },
        ],
      },
    ])!;
    expect(glance.deaths).to.equal(true);
    expect(
      glance.rows.map((r) => [r.title, r.serious?.affected, r.deaths?.affected]),
    ).to.deep.equal([
      ['Drug', 3, 1],
      ['Placebo', 1, 0],
    ]);
  });

  it('joins a group’s deaths by its id, even when two groups share a title', () => {
    const glance = glanceOf([
      {
        kind: 'serious-adverse-events',
        interventional: true,
        sources: [],
        groups: [
          { id: 'EG000', title: 'Placebo', affected: 1, atRisk: 40 },
          { id: 'EG001', title: 'Placebo', affected: 2, atRisk: 41 },
        ],
      },
      {
        kind: 'deaths',
        sources: [],
        groups: [
          { id: 'EG001', title: 'Placebo', affected: 3, atRisk: 41 },
          { id: 'EG000', title: 'Placebo', affected: 0, atRisk: 40 },
        ],
      },
    ])!;
    expect(glance.rows.map((r) => [r.serious?.atRisk, r.deaths?.affected])).to.deep.equal([
      [40, 0],
      [41, 3],
    ]);
  });

  it('renders the shares as a table with numbers and bars', async () => {
    const { el } = await renderCard({ nct: 'NCT02552212' });
    const table = $(el, 'table.glance')!;
    expect(table).to.not.equal(null);
    const rows = $$(el, 'table.glance tbody tr');
    const glance = (await glanceFor('NCT02552212'))!;
    expect(rows.length).to.equal(glance.rows.length);
    rows.forEach((tr, i) => {
      const row = glance.rows[i]!;
      expect(tr.querySelector('th')!.textContent!.trim()).to.equal(row.title);
      expect(tr.querySelector('td')!.textContent).to.include(
        `${row.serious!.affected} of ${row.serious!.atRisk}`,
      );
      const bar = tr.querySelector('.bar .fill')!;
      expect(Number(bar.getAttribute('width'))).to.be.closeTo(row.serious!.share * 100, 0.01);
    });
    await expect(el).to.be.accessible();
  });
});

describe('eligibility at a glance', () => {
  const chips = async (nct: string) => {
    const { el } = await renderCard({ nct });
    return {
      el,
      chips: $$(el, 'section[part=eligibility] .chips li').map((li) => li.textContent!.trim()),
    };
  };

  const cases: [string, string[]][] = [
    [
      'NCT02210780',
      ['Ages 18 years to 64 years', 'Adults (18 to 64)', 'All sexes', 'Healthy volunteers: no'],
    ],
    [
      'NCT00973089',
      ['Ages 5 years to 8 years', 'Children (under 18)', 'All sexes', 'Healthy volunteers: yes'],
    ],
    [
      'NCT00184067',
      [
        'Ages 18 years and older',
        'Adults (18 to 64)',
        'Older adults (65 and over)',
        'All sexes',
        'Healthy volunteers: no',
      ],
    ],
  ];
  for (const [nct, expected] of cases) {
    it(`shows ages, age groups, sex and healthy volunteers for ${nct}`, async () => {
      expect((await chips(nct)).chips).to.deep.equal(expected);
    });
  }

  it('keeps the full criteria, as rendered markup, in a closed disclosure', async () => {
    const { el } = await chips('NCT02210780');
    const details = $(el, 'section[part=eligibility] details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    await waitUntil(() =>
      $(el, '[data-source="protocolSection.eligibilityModule.eligibilityCriteria"]'),
    );
    const markup = $(el, '[data-source="protocolSection.eligibilityModule.eligibilityCriteria"]')!;
    expect(markup.querySelector('li, p')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('the timeline in the card', () => {
  it('draws every dated milestone with a number that matches the list, and today', async () => {
    const { el } = await renderCard({ nct: 'NCT05869903' });
    const svg = $(el, 'figure.timeline svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Timeline of the dates listed below');
    const numbers = [...svg.querySelectorAll('.mark text')].map((t) => t.textContent!.trim());
    const keys = $$(el, 'section[part=dates] dt .key:not(.none):not(.today)').map((k) =>
      k.textContent!.trim(),
    );
    expect(numbers.length).to.be.at.least(5);
    expect([...keys].sort()).to.deep.equal([...numbers].sort());
    // An estimated date is drawn differently.
    expect(svg.querySelectorAll('.mark.estimated').length).to.be.at.least(1);
    expect(svg.querySelector('.today-label')!.textContent!.trim()).to.equal('Today');
    // The list is the text equivalent: in order of time, today in its place.
    const rows = $$(el, 'section[part=dates] dl > div').map((d) =>
      d.textContent!.replace(/\s+/g, ' ').trim(),
    );
    const today = rows.indexOf('Today November 1, 2026');
    expect(today).to.be.greaterThan(0);
    expect(rows[today + 1]).to.match(/^5 ?Study end September 24, 2027 \(estimated\)$/);
    await expect(el).to.be.accessible();
  });

  it('lists the dates in order of time', async () => {
    const { el } = await renderCard({ nct: 'NCT02210780' });
    const text = cardText(el);
    expect(text.indexOf('Study start')).to.be.lessThan(text.indexOf('Study end'));
    expect(text.indexOf('Study end')).to.be.lessThan(text.indexOf('Results first posted'));
  });

  it('fits a 320 px wide card in dark mode', async () => {
    const { el } = await renderCard({ nct: 'NCT04267848' });
    el.setAttribute('theme', 'dark');
    el.style.width = '320px';
    await el.updateComplete;
    const svg = $(el, 'figure.timeline svg')!;
    expect(svg.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
