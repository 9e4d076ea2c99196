import { expect } from '@open-wc/testing';
import { toStudyView, type SiteView } from '../src/view-model/study.js';
import {
  distanceKm,
  distanceUnit,
  filterSites,
  fold,
  groups,
  mapUrl,
  sortSites,
  summarise,
} from '../src/view-model/sites.js';
import { formatters } from '../src/i18n/index.js';
import { FIXED_NOW, loadFixture } from './helpers.js';

async function sitesOf(nct: string): Promise<SiteView[]> {
  return toStudyView(await loadFixture(nct), nct as `NCT${string}`, FIXED_NOW).contacts.sites;
}

const BOSTON = { lat: 42.35843, lon: -71.05977 };

describe('distances', () => {
  const cases: [
    string,
    { lat: number; lon: number },
    { lat: number; lon: number },
    number,
    number,
  ][] = [
    ['the same point', BOSTON, BOSTON, 0, 0.001],
    ['Paris to London', { lat: 48.8566, lon: 2.3522 }, { lat: 51.5074, lon: -0.1278 }, 343.6, 1],
    ['Boston to Anchorage', BOSTON, { lat: 61.21806, lon: -149.90028 }, 5420.4, 1],
    ['pole to pole', { lat: 90, lon: 0 }, { lat: -90, lon: 0 }, 20015, 1],
    ['across the date line', { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.2, 0.5],
  ];
  for (const [what, a, b, km, tolerance] of cases) {
    it(`${what}: about ${km} km`, () => expect(distanceKm(a, b)).to.be.closeTo(km, tolerance));
  }

  const units: [string, 'km' | 'mi'][] = [
    ['en', 'mi'],
    ['en-US', 'mi'],
    ['en-GB', 'mi'],
    ['en-CA', 'km'],
    ['en-AU', 'km'],
    ['es', 'km'],
    ['es-US', 'mi'],
    ['de', 'km'],
    ['not a locale', 'km'],
  ];
  for (const [locale, unit] of units)
    it(`${locale} reads distances in ${unit}`, () => expect(distanceUnit(locale)).to.equal(unit));

  const formats: [number, 'km' | 'mi', string][] = [
    [3.14159, 'km', '3.1 km'],
    [123.4, 'km', '123 km'],
    [16.09344, 'mi', '10 mi'],
    [1.609344, 'mi', '1 mi'],
  ];
  for (const [km, unit, expected] of formats) {
    it(`${km} km in ${unit}: "${expected}"`, () =>
      expect(formatters('en').distance(km, unit)).to.equal(expected));
  }

  it('links a map at the coordinates', () => {
    expect(mapUrl(BOSTON)).to.equal(
      'https://www.openstreetmap.org/?mlat=42.35843&mlon=-71.05977#map=15/42.35843/-71.05977',
    );
  });
});

describe('sites of a record with 1,148 of them (NCT04267848)', () => {
  let sites: SiteView[];
  before(async () => {
    sites = await sitesOf('NCT04267848');
  });

  it('summarises them', () => {
    expect(summarise(sites)).to.deep.equal({ total: 1148, countries: 2, recruiting: 659 });
  });

  it('groups them by country and, within one, by state', () => {
    expect(groups(sites, 'country')).to.deep.equal([
      { name: 'Guam', count: 1 },
      { name: 'United States', count: 1147 },
    ]);
    const states = groups(sites, 'state', 'United States');
    expect(states).to.have.length(49);
    expect(states.find((s) => s.name === 'California')).to.deep.equal({
      name: 'California',
      count: 97,
    });
    expect(states.map((s) => s.name)).to.deep.equal(
      [...states.map((s) => s.name)].sort((a, b) => a.localeCompare(b)),
    );
  });

  const filters: [string, Parameters<typeof filterSites>[1], number][] = [
    ['no filter', {}, 1148],
    ['a country', { country: 'Guam' }, 1],
    ['a state', { country: 'United States', state: 'California' }, 97],
    // Three sites in Boston, and one in Brighton whose facility name says Boston.
    ['a city', { text: 'boston' }, 4],
    ['a city in any case, with spaces', { text: '  BOSTON ' }, 4],
    ['two words, in any order', { text: 'medical boston' }, 3],
    ['a facility', { text: 'dana-farber brighton' }, 1],
    ['a city and a state', { country: 'United States', state: 'Minnesota', text: 'rochester' }, 1],
    ['nothing matching', { text: 'atlantis' }, 0],
  ];
  for (const [what, filter, count] of filters) {
    it(`filters by ${what}: ${count}`, () =>
      expect(filterSites(sites, filter)).to.have.length(count));
  }

  it('puts recruiting sites first, keeping the record’s order within each status', () => {
    const sorted = sortSites(sites).map((p) => p.site);
    expect(sorted.slice(0, 659).every((s) => s.status === 'RECRUITING')).to.equal(true);
    expect(sorted[659]!.status).to.not.equal('RECRUITING');
    const recruiting = sites.filter((s) => s.status === 'RECRUITING');
    expect(sorted.slice(0, 659)).to.deep.equal(recruiting);
  });

  it('sorts by distance from the reader within each status, sites without a position last', () => {
    const placed = sortSites(sites, BOSTON);
    const first = placed[0]!;
    expect(first.site.city).to.equal('Boston');
    expect(first.distanceKm).to.be.below(1);
    const recruiting = placed.filter((p) => p.site.status === 'RECRUITING');
    for (let i = 1; i < recruiting.length; i++) {
      const [a, b] = [recruiting[i - 1]!, recruiting[i]!];
      if (a.distanceKm !== undefined && b.distanceKm !== undefined)
        expect(a.distanceKm).to.be.at.most(b.distanceKm);
      if (a.distanceKm === undefined) expect(b.distanceKm).to.equal(undefined);
    }
  });
});

describe('folding for search', () => {
  const cases: [string, string][] = [
    ['Zürich', 'zurich'],
    ['São Paulo', 'sao paulo'],
    ['Brno-Černá Pole', 'brno-cerna pole'],
    ['MÉXICO', 'mexico'],
  ];
  for (const [input, expected] of cases)
    it(`${input} → ${expected}`, () => expect(fold(input)).to.equal(expected));

  it('finds accented place names typed without accents (NCT05869903)', async () => {
    const sites = await sitesOf('NCT05869903');
    const accented = sites.find((s) => s.city && fold(s.city) !== s.city.toLowerCase());
    expect(accented, 'a city with accents').to.not.equal(undefined);
    expect(filterSites(sites, { text: fold(accented!.city!) })).to.include(accented);
  });
});
