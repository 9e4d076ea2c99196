/** Small pieces more than one block writes: links out, record text marked as English, codes in words. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters, Strings } from '../i18n/index.js';
import { foreign, runs } from '../i18n/foreign.js';
import { headlineText } from '../i18n/statements.js';
import { studyPageUrl, type NctId } from '../registry/ids.js';
import { speaksOfNow } from '../view-model/join.js';
import type { HeaderView, HeadlineParts } from '../view-model/study.js';
import { monthOf } from './join.js';

/**
 * A link that opens in a new tab without opener or referrer, saying so to screen readers. `hidden` replaces
 * the words only screen readers hear (default: " (opens in a new tab)").
 */
export function externalLink(
  href: string,
  label: unknown,
  t: Strings,
  options: { className?: string; hidden?: string } = {},
): TemplateResult {
  return html`<a
    class=${options.className ?? nothing}
    href=${href}
    target="_blank"
    rel="noopener noreferrer"
    >${label}<span class="visually-hidden">${options.hidden ?? ` ${t.disclaimer.newTab}`}</span></a
  >`;
}

/** The study's page on ClinicalTrials.gov. */
export function recordLink(nct: NctId, label: string, t: Strings): TemplateResult {
  return externalLink(studyPageUrl(nct), label, t, { className: 'record-link' });
}

/** Record text in a sentence marks itself as English when the card writes another language. */
export function markFor(t: Strings): (value: string) => string {
  return t.lang.toLowerCase().split('-')[0] === 'en' ? (value) => value : foreign;
}

/** A generated headline, with record text marked in a card not in English. */
export function headline(parts: HeadlineParts, t: Strings, f: Formatters): string | undefined {
  const mark = markFor(t);
  return headlineText(
    {
      ...parts,
      interventions: parts.interventions.map(mark),
      conditions: parts.conditions.map(mark),
    },
    t,
    f,
  );
}

/** A sentence with marked record text (see i18n/foreign.ts): its record runs as `<span lang="en">`. */
export function withLang(text: string): unknown {
  const parts = runs(text);
  if (parts.length === 1 && !parts[0]?.foreign) return text;
  return parts.map((part) =>
    part.foreign ? html`<span lang="en">${part.text}</span>` : part.text,
  );
}

/** "ACTIVE_NOT_RECRUITING" → "Active not recruiting", for codes a table does not know. */
export function humanise(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The header's codes in words (status, last known status, phase, study type), shared by both layouts. */
export function headerWords(h: HeaderView, t: Strings) {
  const word = (table: Record<string, string>, code: string | undefined) =>
    code === undefined ? undefined : (table[code] ?? humanise(code));
  return {
    status: word(t.status, h.status),
    lastKnown: word(t.status, h.lastKnownStatus),
    phase:
      h.phases.length === 0 ? undefined : t.phases(h.phases.map((p) => t.phase[p] ?? humanise(p))),
    type: word(t.studyType, h.studyType),
  };
}

/** "(as of August 2025)" beside a status that speaks of now, when the record is old. */
export function statusDate(
  h: HeaderView,
  t: Strings,
  f: Formatters,
): TemplateResult | typeof nothing {
  const month = monthOf(h.join, f);
  return speaksOfNow(h.join) && month
    ? html` <span class="muted status-date">(${t.header.asOf(month)})</span>`
    : nothing;
}
