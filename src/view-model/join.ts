/**
 * "Can I join?" — one answer per card, from `overallStatus`, `statusVerifiedDate`, the start date and the sites'
 * own statuses. Pure. `tense` follows from the same answer, so every sentence the card writes about the
 * study agrees with it: a study that ended is told in the past, one that never started as what it was meant to do.
 */
import { latestTime, type PartialDate } from './dates.js';
import { monthsBetween } from './dates.js';
import { FIELD, optional, type Sourced } from './plain.js';

/** The public values of `data-join` and of `trial-summary-load`'s `detail.join`. */
export const JOIN_STATES = [
  'recruiting',
  'not-yet-recruiting',
  'by-invitation',
  'not-taking-new-people',
  'paused',
  'ended',
  'withdrawn',
  'unknown',
] as const;
export type JoinState = (typeof JOIN_STATES)[number];

/**
 * How the card speaks of the study: `present` while it runs, `future` before it starts, `past` once it
 * ended, `meant` for a study that never ran (withdrawn) or whose fate is unknown — what it was meant to do.
 */
export type Tense = 'present' | 'future' | 'past' | 'meant';

/** A status verified longer ago than this many whole months is dated wherever the card speaks of "now". */
export const FRESH_MONTHS = 3;

const STATE_OF: Record<string, JoinState> = {
  RECRUITING: 'recruiting',
  NOT_YET_RECRUITING: 'not-yet-recruiting',
  ENROLLING_BY_INVITATION: 'by-invitation',
  // Expanded access: nobody "joins"; a doctor asks for the treatment for a patient.
  AVAILABLE: 'by-invitation',
  ACTIVE_NOT_RECRUITING: 'not-taking-new-people',
  SUSPENDED: 'paused',
  TEMPORARILY_NOT_AVAILABLE: 'paused',
  COMPLETED: 'ended',
  TERMINATED: 'ended',
  NO_LONGER_AVAILABLE: 'ended',
  APPROVED_FOR_MARKETING: 'ended',
  WITHDRAWN: 'withdrawn',
};

const TENSE_OF: Record<JoinState, Tense> = {
  recruiting: 'present',
  'by-invitation': 'present',
  'not-taking-new-people': 'present',
  paused: 'present',
  'not-yet-recruiting': 'future',
  ended: 'past',
  withdrawn: 'meant',
  unknown: 'meant',
};

export interface Join extends Sourced {
  state: JoinState;
  /** The `overallStatus` code (kept for its own words: "stopped early" is not "ended"). */
  status?: string;
  lastKnownStatus?: string;
  /** `statusVerifiedDate`: what the answer is "as of". */
  asOf?: PartialDate;
  /** Verified more than FRESH_MONTHS before now: every "now" must carry the date. */
  stale: boolean;
  /** For a study not yet recruiting: its start date, and whether it has already passed (an estimate, or a date
   * with no type as old records and search results give: either way the study is not started). */
  start?: { date: PartialDate; estimated: boolean; passed: boolean };
  /** Sites whose own status is recruiting, of all sites with a status. */
  sites?: { recruiting: number; total: number };
  /** `expandedAccessInfo`: another way to get the treatment may exist. */
  expandedAccess?: { nct?: string };
  /** The record lists several sites, not all of them recruiting (so "not every site may be open yet"). */
  manySites: boolean;
}

export interface JoinInput {
  status?: string;
  lastKnownStatus?: string;
  verified?: PartialDate;
  start?: { date: PartialDate; estimated: boolean };
  siteStatuses: string[];
  /** How many sites the record lists, with a status or not. */
  siteCount: number;
  expandedAccess?: { nct?: string };
  now: Date;
}

/** Answers under which people may still take part: "can take part", "if you take part" are said only here. */
export const OPEN: ReadonlySet<JoinState> = new Set([
  'recruiting',
  'not-yet-recruiting',
  'by-invitation',
]);

/**
 * The answer is a claim about now (the study runs, pauses, waits to start) on an old record: whatever says it
 * must carry the date of the last check, or not say it. An ended or withdrawn study is over whenever it was read.
 */
export function speaksOfNow(join: Join): boolean {
  return join.stale && join.state !== 'ended' && join.state !== 'withdrawn';
}

export function stateOf(status: string | undefined): JoinState {
  return status !== undefined && Object.hasOwn(STATE_OF, status)
    ? (STATE_OF[status] as JoinState)
    : 'unknown';
}

export function tenseOf(state: JoinState): Tense {
  return TENSE_OF[state];
}

export function joinOf(c: JoinInput): Join {
  const state = stateOf(c.status);
  const stale = c.verified === undefined || monthsBetween(c.verified, c.now) > FRESH_MONTHS;
  const sourced =
    c.siteStatuses.length > 0 && (state === 'recruiting' || state === 'not-yet-recruiting');
  return {
    state,
    stale,
    manySites:
      c.siteCount > 1 && c.siteStatuses.filter((s) => s === 'RECRUITING').length < c.siteCount,
    sources: [
      FIELD.status,
      FIELD.verified,
      ...(state === 'not-yet-recruiting' ? [FIELD.start] : []),
      ...(state === 'unknown' ? [FIELD.lastKnownStatus] : []),
      ...(sourced ? [FIELD.siteStatuses] : []),
      ...(c.expandedAccess ? [FIELD.expandedAccess] : []),
    ],
    ...optional('status', c.status),
    ...optional('lastKnownStatus', state === 'unknown' ? c.lastKnownStatus : undefined),
    ...optional('asOf', c.verified),
    ...optional(
      'start',
      state === 'not-yet-recruiting' && c.start
        ? { ...c.start, passed: latestTime(c.start.date) < c.now.getTime() }
        : undefined,
    ),
    ...optional(
      'sites',
      sourced
        ? {
            recruiting: c.siteStatuses.filter((s) => s === 'RECRUITING').length,
            total: c.siteStatuses.length,
          }
        : undefined,
    ),
    ...optional('expandedAccess', c.expandedAccess),
  };
}

/** `YYYY-MM` of the verified date, as `data-as-of` and the load event carry it. */
export function asOfAttribute(join: Join): string | undefined {
  const d = join.asOf;
  return d?.month === undefined
    ? d && String(d.year)
    : `${d.year}-${String(d.month).padStart(2, '0')}`;
}
