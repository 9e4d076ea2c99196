/** How far to trust the record itself: an old verification, an unknown status, posted results. */
import { monthsBetween, type PartialDate } from './dates.js';
import { FIELD, type Sourced } from './fields.js';
import { optional } from './optional.js';
import type { Context } from './context.js';

/** How far to trust the record itself. */
export type TrustNote = Sourced &
  (
    | { kind: 'not-verified'; months: number; verified: PartialDate }
    | { kind: 'unknown-status'; lastKnownStatus?: string }
    | { kind: 'results-posted'; date: PartialDate }
  );

/** A status last verified longer ago than this earns the "not verified" note. */
export const VERIFIED_WITHIN_MONTHS = 12;

export function trustOf(c: Context): TrustNote[] {
  const notes: TrustNote[] = [];
  if (c.verified) {
    const months = monthsBetween(c.verified, c.now);
    if (months > VERIFIED_WITHIN_MONTHS) {
      notes.push({ kind: 'not-verified', months, verified: c.verified, sources: [FIELD.verified] });
    }
  }
  if (c.status === 'UNKNOWN') {
    notes.push({
      kind: 'unknown-status',
      sources: [FIELD.status, FIELD.lastKnownStatus],
      ...optional('lastKnownStatus', c.lastKnownStatus),
    });
  }
  if (c.hasResults && c.resultsPosted) {
    notes.push({ kind: 'results-posted', date: c.resultsPosted, sources: [FIELD.resultsPosted] });
  }
  return notes;
}
