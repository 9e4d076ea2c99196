/**
 * Where a study runs, for "is there a site near me?": counts, filters, sorting (recruiting first, then by
 * distance from the reader when they asked for it) and great-circle distances. Pure: the reader's position is
 * passed in and never leaves the browser.
 */
import type { SiteView } from './study.js';

export interface LatLon {
  lat: number;
  lon: number;
}

export interface SiteSummary {
  total: number;
  countries: number;
  recruiting: number;
}

export interface SiteFilter {
  country?: string;
  state?: string;
  /** Matched against city and facility, ignoring case and accents. */
  text?: string;
}

export interface PlacedSite {
  site: SiteView;
  /** Kilometres from the reader, when both positions are known. */
  distanceKm?: number;
}

/** Statuses in the order a reader looking to join wants them. */
const STATUS_ORDER = ['RECRUITING', 'NOT_YET_RECRUITING', 'ENROLLING_BY_INVITATION', 'AVAILABLE'];

export function summarise(sites: readonly SiteView[]): SiteSummary {
  return {
    total: sites.length,
    countries: new Set(sites.map((s) => s.country).filter(Boolean)).size,
    recruiting: sites.filter((s) => s.status === 'RECRUITING').length,
  };
}

/** Countries (or, within one, states) with their number of sites, by name. */
export function groups(
  sites: readonly SiteView[],
  by: 'country' | 'state',
  within?: string,
): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const site of sites) {
    if (by === 'state' && site.country !== within) continue;
    const name = site[by];
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Lower case without accents, for matching what a reader types ("zurich" finds "Zürich"). */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const keys = new WeakMap<SiteView, string>();

function searchKey(site: SiteView): string {
  let key = keys.get(site);
  if (key === undefined) {
    key = fold(`${site.facility ?? ''} ${site.city ?? ''}`);
    keys.set(site, key);
  }
  return key;
}

export function filterSites(sites: readonly SiteView[], filter: SiteFilter): SiteView[] {
  const words = fold(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return sites.filter(
    (site) =>
      (!filter.country || site.country === filter.country) &&
      (!filter.state || site.state === filter.state) &&
      words.every((word) => searchKey(site).includes(word)),
  );
}

/** Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Recruiting sites first (then not yet recruiting, by invitation, available, the rest); within each, nearest
 * first when the reader's position is known (sites without coordinates last), else in the record's order.
 */
export function sortSites(sites: readonly SiteView[], origin?: LatLon): PlacedSite[] {
  const rank = (s: SiteView) => {
    const i = STATUS_ORDER.indexOf(s.status ?? '');
    return i === -1 ? STATUS_ORDER.length : i;
  };
  return sites
    .map((site, order) => ({
      site,
      order,
      ...(origin && site.geo ? { distanceKm: distanceKm(origin, site.geo) } : {}),
    }))
    .sort(
      (a, b) =>
        rank(a.site) - rank(b.site) ||
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        a.order - b.order,
    )
    .map(({ site, distanceKm: km }) => (km === undefined ? { site } : { site, distanceKm: km }));
}

/** Miles where the locale's region uses them on roads (US, UK, Liberia, Myanmar), else kilometres. */
export function distanceUnit(locale: string): 'km' | 'mi' {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region && ['US', 'GB', 'LR', 'MM'].includes(region) ? 'mi' : 'km';
}

/** An OpenStreetMap link at a site's coordinates (a link only: the card loads no map). */
export function mapUrl(geo: LatLon): string {
  return `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=15/${geo.lat}/${geo.lon}`;
}
