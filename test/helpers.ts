/** Shared helpers for the browser tests. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { TrialSummaryElement } from '../src/trial-summary.js';
import type { TrialSummaryErrorEvent, TrialSummaryLoadEvent } from '../src/events.js';
import type { Study } from '../src/registry/types.js';

/** The fake registry on the test server. */
export const API = '/api/v2';

/** A fixed clock so that date-dependent output does not change as time passes. */
export const FIXED_NOW = new Date('2026-11-01T12:00:00Z');
export const fixedClock = () => FIXED_NOW;

/** A prefix that makes the fake registry inject `faults` (and labels the requests with a unique tag). */
export function faultBase(...faults: string[]): { base: string; tag: string } {
  const tag = `tag-${Math.random().toString(36).slice(2)}`;
  return { base: `/__fault/${[...faults, tag].join('+')}/api/v2`, tag };
}

export interface LogEntry {
  seq: number;
  url: string;
  status: number;
  aborted: boolean;
  /** The request body and privacy-relevant headers, kept for sign-up posts. */
  body?: string;
  contentType?: string;
  referer?: string;
  cookie?: string;
}

/** Requests the fake registry saw whose URL contains `text`. */
export async function requestsSeen(text: string): Promise<LogEntry[]> {
  // A time limit, so that a starved connection fails the test instead of hanging the run.
  const response = await fetch(`/__log?contains=${encodeURIComponent(text)}`, {
    signal: AbortSignal.timeout(5000),
  });
  return (await response.json()) as LogEntry[];
}

/** The ids of every recorded study the fake registry serves. */
export async function fixtureIds(): Promise<string[]> {
  const response = await fetch(`${API}/studies?fields=NCTId&pageSize=1000`);
  const body = (await response.json()) as { studies: Study[] };
  return body.studies.map((s) => s.protocolSection!.identificationModule!.nctId!);
}

/** A recorded study, read as a file (not through the registry). */
export async function loadFixture(nct: string): Promise<Study> {
  const response = await fetch(`/test/fixtures/studies/${nct}.json`);
  return (await response.json()) as Study;
}

/** Renders a card and waits for its first load or error event. */
export async function renderCard(attrs: {
  nct: string;
  apiBase?: string;
  timeout?: number;
  signupAction?: string;
  termsHref?: string;
  privacyHref?: string;
  signupEncoding?: 'json' | 'form';
  /** The `lang` of the card's parent. */
  lang?: string;
}): Promise<{ el: TrialSummaryElement; event: TrialSummaryLoadEvent | TrialSummaryErrorEvent }> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  if (attrs.lang !== undefined) holder.lang = attrs.lang;
  const el = document.createElement('trial-summary');
  el.clock = fixedClock;
  el.apiBase = attrs.apiBase ?? API;
  // Lazy loading has its own tests; here cards load wherever they are on the test page.
  el.loading = 'eager';
  if (attrs.timeout !== undefined) el.timeout = attrs.timeout;
  if (attrs.signupAction) el.signupAction = attrs.signupAction;
  if (attrs.termsHref) el.termsHref = attrs.termsHref;
  if (attrs.privacyHref) el.privacyHref = attrs.privacyHref;
  if (attrs.signupEncoding) el.signupEncoding = attrs.signupEncoding;
  el.nct = attrs.nct;
  const settled = Promise.race([
    oneEvent(el, 'trial-summary-load'),
    oneEvent(el, 'trial-summary-error'),
  ]) as Promise<TrialSummaryLoadEvent | TrialSummaryErrorEvent>;
  holder.append(el);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

/** The middle value (the mean of the two middle values for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The visible text of the card's shadow root, whitespace folded. */
export function cardText(el: TrialSummaryElement): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: TrialSummaryElement, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: TrialSummaryElement, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Collects console warnings and errors while `run` runs. */
export async function consoleDuring<T>(
  run: () => Promise<T>,
): Promise<{ result: T; messages: string[] }> {
  const messages: string[] = [];
  const warn = console.warn;
  const error = console.error;
  console.warn = (...args: unknown[]) => messages.push(`warn: ${args.map(String).join(' ')}`);
  console.error = (...args: unknown[]) => messages.push(`error: ${args.map(String).join(' ')}`);
  try {
    return { result: await run(), messages };
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

export { waitUntil };

/** Opens every disclosure of a card and waits until their content is rendered. */
export async function openAll(el: TrialSummaryElement): Promise<void> {
  for (const details of el.shadowRoot!.querySelectorAll('details')) {
    if (details.open) continue;
    const toggled = oneEvent(details, 'toggle');
    details.open = true;
    await toggled;
  }
  await el.updateComplete;
}

/** What registry markup may become (src/markup.ts's allow-list, written out again so tests check it). */
export const MARKUP_TAGS = new Set([
  'P',
  'BR',
  'UL',
  'OL',
  'LI',
  'EM',
  'STRONG',
  'CODE',
  'PRE',
  'BLOCKQUOTE',
  'A',
  'HR',
]);
export const MARKUP_ATTRIBUTES = ['href', 'start', 'target', 'rel'];
