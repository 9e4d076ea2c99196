/** A person to contact, as the record gives them: used by the central contacts and by each site. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import { mailtoHref, telHref } from '../view-model/links.js';
import type { ContactView } from '../view-model/study.js';

/** A person to contact: name, note, phone (a tel: link) and email (a mailto: link) as the record gives them. */
export function renderContact(contact: ContactView, t: Strings): TemplateResult {
  const tel = contact.phone ? telHref(contact.phone, contact.phoneExt) : undefined;
  const mailto = contact.email ? mailtoHref(contact.email) : undefined;
  return html`${contact.name ? html`<strong lang="en">${contact.name}</strong>` : nothing}
  ${contact.note ? html`<p class="note"><span class="label">${t.contacts.note}:</span> <span lang="en">${contact.note}</span></p>` : nothing}
  ${
    contact.phone
      ? html`<div>
          ${t.contacts.phone}:
          ${tel ? html`<a href=${tel}>${contact.phone}</a>` : contact.phone}${
            contact.phoneExt ? html`, ${t.contacts.extension(contact.phoneExt)}` : nothing
          }
        </div>`
      : nothing
  }
  ${
    contact.email
      ? html`<div>
          ${t.contacts.email}:
          ${mailto ? html`<a href=${mailto}>${contact.email}</a>` : contact.email}
        </div>`
      : nothing
  }`;
}
