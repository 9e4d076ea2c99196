/**
 * The header: the generated headline (or the registry's title), the "Can I join?" answer, the official title
 * and the study's facts (number, status, phase, type, sponsor).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FIELD } from '../view-model/plain.js';
import type { BlockContext, Loaded } from './context.js';
import { renderJoin } from './join.js';
import { renderOwnWords } from './own-words.js';
import { headerWords, headline, statusDate, withLang } from './shared.js';

export function renderHeader(c: BlockContext, loaded: Loaded): TemplateResult {
  const { t, f } = c;
  const h = loaded.view.header;
  const { status, lastKnown, phase, type } = headerWords(h, t);
  const generated = headline(h.headline, t, f);
  const fact = (label: string, source: string, value: unknown, lang?: string) =>
    html`<div>
      <dt>${label}</dt>
      <dd lang=${lang ?? nothing} data-source=${source}>${value}</dd>
    </div>`;
  return html`<header part="header" class="header">
    ${
      generated
        ? html`${c.h(0, withLang(generated), {
              id: 'title',
              className: 'title',
              focusable: true,
              source: h.headline.sources.join(' '),
            })}
            <p class="registry-title" data-source=${FIELD.briefTitle}>
              <span class="label">${t.header.registryTitle}:</span>
              <span lang="en">${h.title}</span>
            </p>`
        : c.h(0, html`<span lang="en">${h.title}</span>`, {
            id: 'title',
            className: 'title',
            focusable: true,
            source: FIELD.briefTitle,
          })
    }
    ${renderJoin(h.join, t, f)}
    ${
      h.officialTitle
        ? html`<p class="official-title" data-source=${FIELD.officialTitle}>
            <span class="label">${t.header.officialTitle}:</span>
            <span lang="en">${h.officialTitle}</span>
          </p>`
        : nothing
    }
    <dl class="facts">
      <div>
        <dt>${t.header.studyNumber}</dt>
        <dd class="nct" data-source=${FIELD.nctId}>${h.nct}</dd>
      </div>
      ${
        status
          ? fact(
              t.header.status,
              `${FIELD.status} ${FIELD.verified}`,
              html`<span class="badge" data-status=${h.status ?? ''}>${status}</span>${
                  lastKnown
                    ? html` <span class="muted">(${t.header.lastKnown(lastKnown)})</span>`
                    : nothing
                }${statusDate(h, t, f)}`,
            )
          : nothing
      }
      ${phase ? fact(t.header.phase, FIELD.phases, phase) : nothing}
      ${type ? fact(t.header.studyType, FIELD.studyType, type) : nothing}
      ${h.sponsor ? fact(t.header.sponsor, FIELD.sponsor, h.sponsor, 'en') : nothing}
    </dl>
    ${generated ? renderOwnWords(c, loaded, h.headline.sources, 'header') : nothing}
  </header>`;
}
