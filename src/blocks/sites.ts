/**
 * The study's sites: a summary, filters (country, state, search), "sort by distance from me", the first few
 * sites and then pages of all of them, each with its status (dated when the record is old), place, distance,
 * map link and contacts. State lives in the SitesController.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { countryName } from '../i18n/countries.js';
import { own } from '../i18n/statements.js';
import { FIRST_SITES, SITES_PER_PAGE, type SitesController } from '../controllers/sites.js';
import { OPEN, speaksOfNow, type Join } from '../view-model/join.js';
import { FIELD } from '../view-model/plain.js';
import {
  filterSites,
  groups,
  mapUrl,
  sortSites,
  summarise,
  type PlacedSite,
} from '../view-model/sites.js';
import type { SiteView } from '../view-model/study.js';
import type { BlockContext } from './context.js';
import { monthOf } from './join.js';
import { renderContact } from './contact.js';
import { externalLink, humanise } from './shared.js';

export function renderSites(
  c: BlockContext,
  all: SiteView[],
  join: Join,
  sites: SitesController,
  unit: 'km' | 'mi',
): TemplateResult {
  const { t, f } = c;
  const month = monthOf(join, f);
  const statusDate = speaksOfNow(join) && month ? t.header.asOf(month) : undefined;
  const { filter, page } = sites;
  const placed = sortSites(filterSites(all, filter), sites.origin);
  const summary = summarise(all);
  const pages = Math.ceil(placed.length / SITES_PER_PAGE);
  const first = page === undefined ? 0 : page * SITES_PER_PAGE;
  const shown = placed.slice(first, page === undefined ? FIRST_SITES : first + SITES_PER_PAGE);
  const filtered = Boolean(filter.country || filter.state || filter.text);
  const located = all.some((s) => s.geo);
  const pageButton = (className: string, label: string, to: number) =>
    html`<button
      type="button"
      class=${`button secondary ${className}`}
      @click=${() => sites.showPage(to)}
    >
      ${label}
    </button>`;
  return html`${c.h(
      2,
      html`${t.contacts.sites}
        <span class="muted">(${t.contacts.siteCount(f.number(all.length), all.length)})</span>`,
      { id: 'sites-heading' },
    )}
    <p class="sites-summary" data-source=${`${FIELD.siteStatuses} ${FIELD.verified}`}>
      ${t.contacts.summary(f.number(summary.total), summary.total, f.number(summary.countries), summary.countries, OPEN.has(join.state) ? f.number(summary.recruiting) : undefined, join.stale ? monthOf(join, f) : undefined)}
    </p>
    ${all.length > FIRST_SITES || located ? renderControls(c, all, sites, located) : nothing}
    <div class="geo-status muted small" role="status">${geoMessage(c, all, sites)}</div>
    <div class="visually-hidden sites-announcement" role="status">${sites.announcement}</div>
    ${filtered && placed.length === 0 ? html`<p class="no-sites">${t.contacts.noMatch}</p>` : nothing}
    ${
      page !== undefined && pages > 1
        ? html`<p class="muted" id="sites-range">
            ${t.contacts.range(f.number(first + 1), f.number(first + shown.length), f.number(placed.length))}
          </p>`
        : nothing
    }
    <ol class="plain sites" role="list" start=${first + 1} aria-labelledby="sites-heading">
      ${shown.map((p, i) => renderSite(c, p, first + i, sites.origin !== undefined, unit, statusDate))}
    </ol>
    ${
      page === undefined && placed.length > FIRST_SITES
        ? pageButton('show-sites', t.contacts.showAll(f.number(placed.length)), 0)
        : nothing
    }
    ${
      page !== undefined && pages > 1
        ? html`<div class="pager">
            ${page > 0 ? pageButton('previous-sites', t.contacts.previous(f.number(SITES_PER_PAGE)), page - 1) : nothing}
            ${
              page < pages - 1
                ? pageButton(
                    'next-sites',
                    t.contacts.next(
                      f.number(Math.min(SITES_PER_PAGE, placed.length - first - SITES_PER_PAGE)),
                    ),
                    page + 1,
                  )
                : nothing
            }
          </div>`
        : nothing
    }`;
}

/** Country and state filters, the search box and "sort by distance from me", where they help. */
function renderControls(
  c: BlockContext,
  all: SiteView[],
  sites: SitesController,
  located: boolean,
): TemplateResult {
  const { t, f } = c;
  const { filter } = sites;
  const countries = groups(all, 'country');
  const states = filter.country ? groups(all, 'state', filter.country) : [];
  const select = (
    id: string,
    label: string,
    allLabel: string,
    options: { name: string; count: number }[],
    chosen: string | undefined,
    change: (event: Event) => void,
    shown: (name: string) => string = (name) => name,
  ) =>
    html`<div class="control">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${change}>
        <option value="" ?selected=${!chosen}>${allLabel}</option>
        ${options.map(
          (o) =>
            html`<option .value=${o.name} ?selected=${chosen === o.name}>
              ${shown(o.name)} (${f.number(o.count)})
            </option>`,
        )}
      </select>
    </div>`;
  return html`<div class="site-controls">
    ${
      countries.length > 1
        ? select(
            'site-country',
            t.contacts.country,
            t.contacts.allCountries,
            countries,
            filter.country,
            sites.chooseCountry,
            (name) => countryName(name, c.locale),
          )
        : nothing
    }
    ${
      states.length > 1
        ? select(
            'site-state',
            t.contacts.state,
            t.contacts.allStates,
            states,
            filter.state,
            sites.chooseState,
          )
        : nothing
    }
    ${
      all.length > FIRST_SITES
        ? html`<div class="control">
            <label for="site-search">${t.contacts.search}</label>
            <input
              id="site-search"
              type="search"
              autocomplete="off"
              .value=${filter.text ?? ''}
              @input=${sites.search}
            />
          </div>`
        : nothing
    }
    ${
      located
        ? html`<div class="control">
            <button
              type="button"
              class="button secondary near-me"
              aria-disabled=${sites.geo === 'asking' ? 'true' : 'false'}
              @click=${sites.sortByDistance}
            >
              ${t.contacts.nearMe}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

function geoMessage(c: BlockContext, all: SiteView[], sites: SitesController): string {
  const { t, f } = c;
  switch (sites.geo) {
    case 'asking':
      return t.contacts.geo.asking;
    case 'denied':
      return t.contacts.geo.denied;
    case 'unavailable':
      return t.contacts.geo.unavailable;
    case 'granted': {
      const missing = all.filter((s) => !s.geo).length;
      return `${t.contacts.geo.sorted}${missing > 0 ? ` ${t.contacts.geo.noCoordinates(f.number(missing), missing)}` : ''}`;
    }
    default:
      return '';
  }
}

function renderSite(
  c: BlockContext,
  placed: PlacedSite,
  index: number,
  sorted: boolean,
  unit: 'km' | 'mi',
  /** "as of August 2025" beside each site's status when the record is old. */
  statusDate: string | undefined,
): TemplateResult {
  const { t, f } = c;
  const { site, distanceKm: km } = placed;
  const place = [site.city, [site.state, site.zip].filter(Boolean).join(' '), site.country]
    .filter(Boolean)
    .join(', ');
  return html`<li class="site" id=${`site-${index}`} tabindex="-1">
    ${site.facility ? html`<strong lang="en">${site.facility}</strong>` : nothing}
    ${
      site.status
        ? html`<span class="badge small" data-status=${site.status}
            >${own(t.contacts.siteStatus, site.status) ?? humanise(site.status)}${
              statusDate ? ` (${statusDate})` : ''
            }</span
          >`
        : nothing
    }
    ${place ? html`<div lang="en">${place}</div>` : nothing}
    ${
      sorted
        ? html`<div class="distance">
            ${km === undefined ? t.contacts.distanceUnknown : t.contacts.away(f.distance(km, unit))}
          </div>`
        : nothing
    }
    ${
      site.geo
        ? html`<div>
            ${externalLink(mapUrl(site.geo), t.contacts.map, t, { hidden: `: ${site.facility ?? place} ${t.disclaimer.newTab}` })}
          </div>`
        : nothing
    }
    ${
      site.contacts.length > 0
        ? html`<ul class="plain contacts" role="list">
            ${site.contacts.map((contact) => html`<li>${renderContact(contact, t)}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}
