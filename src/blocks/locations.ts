/** Contacts and locations: the central contacts, the study's officials and (see sites.ts) its sites. */
import { html, nothing, type TemplateResult } from 'lit';
import type { StudyView } from '../view-model/study.js';
import type { SitesController } from '../controllers/sites.js';
import type { BlockContext } from './context.js';
import { renderContact } from './contact.js';
import { humanise } from './shared.js';
import { renderSites } from './sites.js';

export function renderLocations(
  c: BlockContext,
  view: StudyView,
  sites: SitesController,
  unit: 'km' | 'mi',
): TemplateResult | typeof nothing {
  const { t } = c;
  const { central, officials } = view.contacts;
  const all = view.contacts.sites;
  if (central.length === 0 && officials.length === 0 && all.length === 0) return nothing;
  return html`<section part="locations" class="block" aria-labelledby="locations-heading">
    ${c.h(1, t.contacts.heading, { id: 'locations-heading' })}
    ${
      central.length > 0
        ? html`${c.h(2, t.contacts.central)}
            <ul class="plain contacts" role="list">
              ${central.map((contact) => html`<li>${renderContact(contact, t)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      officials.length > 0
        ? html`${c.h(2, t.contacts.officials)}
            <ul class="plain contacts" role="list">
              ${officials.map(
                (o) =>
                  html`<li>
                    ${o.name ? html`<strong lang="en">${o.name}</strong>` : nothing}
                    ${o.role ? html`<span class="muted">${t.contacts.role[o.role] ?? humanise(o.role)}</span>` : nothing}
                    ${o.affiliation ? html`<div lang="en">${o.affiliation}</div>` : nothing}
                    ${o.note ? html`<p class="note"><span class="label">${t.contacts.note}:</span> <span lang="en">${o.note}</span></p>` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${all.length > 0 ? renderSites(c, all, view.header.join, sites, unit) : nothing}
  </section>`;
}
