/** Who to ask and where: the central contacts, the officials and the sites, as the record lists them. */
import { finite, list, record, text } from './guards.js';
import { optional } from './optional.js';

export interface ContactView {
  name?: string;
  /** A free-text "name" that is really instructions (e.g. "Call 1-877-… Mon–Fri"). */
  note?: string;
  role?: string;
  phone?: string;
  phoneExt?: string;
  email?: string;
}

export interface OfficialView {
  name?: string;
  note?: string;
  affiliation?: string;
  role?: string;
}

export interface SiteView {
  facility?: string;
  status?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  /** The site's coordinates (`geoPoint`), when the record has them. */
  geo?: { lat: number; lon: number };
  contacts: ContactView[];
}

export interface ContactsView {
  central: ContactView[];
  officials: OfficialView[];
  sites: SiteView[];
}

/**
 * Registrants sometimes put instructions in a contact's name ("Call 1-877-CTLILLY … Mon - Fri"). Those read
 * as a note, not a person.
 */
export function isInstruction(name: string): boolean {
  return (
    /\d{3}[\s.)-]*\d{3}|\d{7}/.test(name) ||
    name.split(/\s+/).length > 8 ||
    /^(call|please|contact|there|for |see |use |email|visit)/i.test(name)
  );
}

function contactOf(value: unknown): ContactView | undefined {
  const contact = record(value);
  const name = text(contact['name']);
  const view: ContactView = {
    ...(name !== undefined && isInstruction(name) ? { note: name } : optional('name', name)),
    ...optional('role', text(contact['role'])),
    ...optional('phone', text(contact['phone'])),
    ...optional('phoneExt', text(contact['phoneExt'])),
    ...optional('email', text(contact['email'])),
  };
  return (view.name ?? view.note ?? view.phone ?? view.email) ? view : undefined;
}

export function contactsOf(module: Record<string, unknown>): ContactsView {
  const central = list(module['centralContacts'])
    .map(contactOf)
    .filter((c): c is ContactView => c !== undefined);
  const officials: OfficialView[] = [];
  for (const item of list(module['overallOfficials'])) {
    const official = record(item);
    const name = text(official['name']);
    const view: OfficialView = {
      ...(name !== undefined && isInstruction(name) ? { note: name } : optional('name', name)),
      ...optional('affiliation', text(official['affiliation'])),
      ...optional('role', text(official['role'])),
    };
    if (view.name ?? view.note) officials.push(view);
  }
  const sites: SiteView[] = [];
  for (const item of list(module['locations'])) {
    const site = record(item);
    const view: SiteView = {
      contacts: list(site['contacts'])
        .map(contactOf)
        .filter((c): c is ContactView => c !== undefined),
      ...optional('facility', text(site['facility'])),
      ...optional('status', text(site['status'])),
      ...optional('city', text(site['city'])),
      ...optional('state', text(site['state'])),
      ...optional('zip', text(site['zip'])),
      ...optional('country', text(site['country'])),
      ...optional('geo', geoOf(site['geoPoint'])),
    };
    if (view.facility ?? view.city ?? view.country) sites.push(view);
  }
  return { central, officials, sites };
}

function geoOf(value: unknown): { lat: number; lon: number } | undefined {
  const point = record(value);
  const lat = finite(point['lat']);
  const lon = finite(point['lon']);
  return lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
    ? { lat, lon }
    : undefined;
}
