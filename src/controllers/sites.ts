/**
 * The sites list's state: the filter (country, state, search text), which page of all sites is shown, the
 * reader's position after they asked to sort by distance, and the polite count announced once typing pauses.
 * The announcement's timer is cleared when the card leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filterSites, type LatLon, type SiteFilter } from '../view-model/sites.js';
import type { SiteView } from '../view-model/study.js';

/** Sites listed before "Show all N sites", then the size of each page of sites. */
export const FIRST_SITES = 5;
export const SITES_PER_PAGE = 50;
/** How long typing must pause before the count is announced. */
const ANNOUNCE_AFTER_MS = 500;

export type GeoState = 'idle' | 'asking' | 'granted' | 'denied' | 'unavailable';

export interface SitesOptions {
  /** The sites of the study shown (empty when none is). */
  sites(): SiteView[];
  /** "Showing 3 of 40 sites", in the card's language. */
  showing(count: number, total: number): string;
  /** Moves focus to the element `selector` finds once the card has rendered. */
  focus(selector: string): void;
}

export class SitesController implements ReactiveController {
  filter: SiteFilter = {};
  /** `undefined`: the first few sites; a number: that page of all sites. */
  page: number | undefined;
  origin: LatLon | undefined;
  geo: GeoState = 'idle';
  announcement = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SitesOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** A new study: the filter, the page and the announcement start again (the reader's position stays). */
  reset(): void {
    clearTimeout(this.#timer);
    this.filter = {};
    this.page = undefined;
    this.announcement = '';
    this.host.requestUpdate();
  }

  chooseCountry = (event: Event): void => {
    const country = (event.currentTarget as HTMLSelectElement).value;
    this.#filter({ ...this.filter, country, state: '' });
  };

  chooseState = (event: Event): void => {
    this.#filter({ ...this.filter, state: (event.currentTarget as HTMLSelectElement).value });
  };

  search = (event: Event): void => {
    this.#filter({ ...this.filter, text: (event.currentTarget as HTMLInputElement).value });
  };

  /** Applies a filter at once (it is cheap), and tells screen readers the count once typing pauses. */
  #filter(filter: SiteFilter): void {
    this.filter = filter;
    if (this.page !== undefined) this.page = 0;
    this.host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const all = this.options.sites();
      if (all.length === 0) return;
      this.announcement = this.options.showing(filterSites(all, this.filter).length, all.length);
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
  }

  /** Asks the browser for the reader's position, only now that they pressed the button. */
  sortByDistance = (): void => {
    if (this.geo === 'asking') return;
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    if (!geolocation) {
      this.#setGeo('unavailable');
      return;
    }
    this.#setGeo('asking');
    geolocation.getCurrentPosition(
      (position) => {
        // The position stays in this element's memory: nothing sends it anywhere.
        this.origin = { lat: position.coords.latitude, lon: position.coords.longitude };
        if (this.page !== undefined) this.page = 0;
        this.#setGeo('granted');
      },
      (error) => this.#setGeo(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  #setGeo(geo: GeoState): void {
    this.geo = geo;
    this.host.requestUpdate();
  }

  /** Shows one page of all sites; keyboard and screen-reader users land on its first site. */
  showPage(page: number): void {
    const previous = this.page;
    this.page = page;
    this.host.requestUpdate();
    // From the first few, the list grows: continue at the first new site. Otherwise, at the page's top.
    this.options.focus(`#site-${previous === undefined ? FIRST_SITES : page * SITES_PER_PAGE}`);
  }
}
