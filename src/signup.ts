/**
 * What a "Get updates" sign-up hands to the host: the data and its encodings (the registry's own RSS feeds,
 * for following without any sign-up, are in registry/feeds.ts). Pure: no DOM, no Lit.
 */
import type { NctId } from './registry/ids.js';

export type SignupTopic = 'study' | 'condition';

export interface SignupConsent {
  /** The consent sentence exactly as the reader saw it. */
  text: string;
  /** The links shown in it. */
  links: { terms?: string; privacy?: string };
}

/** The `detail` of `trial-summary-signup`, and what the card posts to `signup-action`. */
export interface SignupData {
  nct: NctId;
  email: string;
  topics: SignupTopic[];
  /** The condition terms chosen (for the `condition` topic). */
  conditions: string[];
  consent: SignupConsent;
  locale: string;
  /**
   * One id per sign-up, so a backend can drop repeats: it stays the same when the reader tries again with the
   * same choices after a failure, and changes when the choices change.
   */
  submissionId: string;
}

export type SignupEncoding = 'json' | 'form';

/** The body and content type of a POST to `signup-action`. */
export function encodeSignup(
  data: SignupData,
  encoding: SignupEncoding,
): { body: string; contentType: string } {
  if (encoding === 'json') return { body: JSON.stringify(data), contentType: 'application/json' };
  const form = new URLSearchParams();
  form.set('nct', data.nct);
  form.set('email', data.email);
  for (const topic of data.topics) form.append('topics', topic);
  for (const condition of data.conditions) form.append('conditions', condition);
  form.set('consent', data.consent.text);
  if (data.consent.links.terms) form.set('consentTerms', data.consent.links.terms);
  if (data.consent.links.privacy) form.set('consentPrivacy', data.consent.links.privacy);
  form.set('locale', data.locale);
  form.set('submissionId', data.submissionId);
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** A fresh random id (RFC 4122 v4 where the browser has `crypto.randomUUID`). */
export function newSubmissionId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
