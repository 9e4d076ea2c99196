/**
 * The "Can I join?" answer: part of the header in both layouts, whatever `sections` says. Its `part="join"`,
 * `data-join` and `data-as-of` are a public hook for integrators (see README).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters, Strings } from '../i18n/index.js';
import { joinText, monthOnly } from '../i18n/statements.js';
import { studyPageUrl, parseNctId } from '../registry/ids.js';
import { OPEN, asOfAttribute, type Join } from '../view-model/join.js';
import { FIELD } from '../view-model/plain.js';

/** "November 2026": the month (or year) of the last check, whatever precision the record gives. */
export function monthOf(join: Join, f: Formatters): string | undefined {
  return join.asOf && f.partialDate(monthOnly(join.asOf));
}

export function renderJoin(join: Join, t: Strings, f: Formatters): TemplateResult {
  const access = join.expandedAccess;
  const accessNct = access?.nct === undefined ? undefined : parseNctId(access.nct);
  return html`<div
    part="join"
    class="join"
    data-join=${join.state}
    data-as-of=${asOfAttribute(join) ?? nothing}
  >
    <p data-source=${join.sources.join(' ')}>
      <strong class="join-label">${t.join.label}</strong>
      <span class="join-answer">${joinText(join, t, f)}</span>
    </p>
    ${
      OPEN.has(join.state)
        ? html`<p class="small join-means" data-source=${FIELD.status}>
            ${t.join.means(join.manySites)}
          </p>`
        : nothing
    }
    ${
      access
        ? html`<p class="expanded-access" data-source=${FIELD.expandedAccess}>
            ${t.join.expandedAccess}
            ${
              accessNct
                ? html`<a href=${studyPageUrl(accessNct)} target="_blank" rel="noopener noreferrer"
                    >${t.join.expandedAccessLink(accessNct)}<span class="visually-hidden">
                      ${t.disclaimer.newTab}</span
                    ></a
                  >`
                : nothing
            }
          </p>`
        : nothing
    }
  </div>`;
}
