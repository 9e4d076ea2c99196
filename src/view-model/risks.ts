/** "What could go wrong": one rule per fact of the record, each citing the fields it read. */
import { latestTime, type PartialDate } from './dates.js';
import { FIELD, type Sourced } from './fields.js';
import { phaseKey, type PhaseKey } from './codes.js';
import { OPEN, speaksOfNow, type Tense } from './join.js';
import { optional } from './optional.js';
import { sentenceCase } from './sentence-case.js';
import { interventional, plannedTense, type Context } from './context.js';

export interface GroupShare {
  /** The record's group id (e.g. `EG000`), which ties a group's serious events to its deaths. */
  id?: string;
  title: string;
  affected: number;
  atRisk: number;
}

export interface NamedEvent {
  term: string;
  /** People affected in the group where the event was most common (groups can overlap, so never a sum). */
  affected: number;
  /** That group's people at risk and title, when the record ties the count to a group. */
  atRisk?: number;
  group?: string;
}

/** "What could go wrong": one rule per fact of the record. Nothing about whether a treatment works. */
export type RiskNote = Sourced &
  (
    | { kind: 'phase'; phase: PhaseKey }
    /** `asOf`: the last check, when it is old and the status speaks of now (not an ended study); `unchecked`:
     * the status speaks of now and the record gives no date for it. */
    | { kind: 'status'; status: string; whyStopped?: string; asOf?: PartialDate; unchecked?: true }
    | { kind: 'single-arm'; tense: Tense }
    | { kind: 'open-label'; tense: Tense }
    | { kind: 'placebo'; placebo: boolean; sham: boolean; tense: Tense }
    | { kind: 'small-enrollment'; count: number; estimated: boolean; tense: Tense }
    | { kind: 'no-results'; ended?: PartialDate }
    /** Serious health problems from any cause, per group, over the record's time frame. */
    | {
        kind: 'serious-adverse-events';
        groups: GroupShare[];
        interventional: boolean;
        timeFrame?: string;
      }
    /** Deaths from any cause, per group. */
    | { kind: 'deaths'; groups: GroupShare[]; timeFrame?: string }
    /** Other (not serious) health problems, per group, as the record counts them. */
    | { kind: 'other-adverse-events'; groups: GroupShare[]; timeFrame?: string }
    | { kind: 'top-serious-events'; events: NamedEvent[] }
  );

/** Fewer people than this taking part earns the "small study" note. */
export const SMALL_ENROLLMENT = 50;
/** How long after its end a study without posted results earns the "no results" note (one year). */
export const RESULTS_GRACE_MS = 365 * 24 * 60 * 60 * 1000;

/** How many serious adverse events the card names. */
export const TOP_EVENTS = 3;

const STOPPED = new Set(['TERMINATED', 'WITHDRAWN', 'SUSPENDED']);
const ENDED = new Set(['COMPLETED', 'TERMINATED']);

/** One rule per fact: `check` returns the note when the record says so. Exported for tests, in order. */
export const RISK_RULES: { id: RiskNote['kind']; check: (c: Context) => RiskNote | undefined }[] = [
  {
    id: 'phase',
    check: (c) => {
      const phase = phaseKey(c.phases);
      return phase && { kind: 'phase', phase, sources: [FIELD.phases] };
    },
  },
  {
    id: 'status',
    check: (c) =>
      c.status === undefined
        ? undefined
        : {
            kind: 'status',
            status: c.status,
            sources: [
              FIELD.status,
              ...(STOPPED.has(c.status) && c.whyStopped ? [FIELD.whyStopped] : []),
              ...(speaksOfNow(c.join) ? [FIELD.verified] : []),
            ],
            ...optional('whyStopped', STOPPED.has(c.status) ? c.whyStopped : undefined),
            ...optional('asOf', speaksOfNow(c.join) ? c.verified : undefined),
            ...optional(
              'unchecked',
              speaksOfNow(c.join) && !c.verified ? (true as const) : undefined,
            ),
          },
  },
  {
    id: 'single-arm',
    check: (c) =>
      c.model === 'SINGLE_GROUP' && interventional(c)
        ? { kind: 'single-arm', tense: c.tense, sources: [FIELD.model] }
        : undefined,
  },
  {
    id: 'open-label',
    check: (c) =>
      c.masking === 'NONE' && interventional(c)
        ? { kind: 'open-label', tense: c.tense, sources: [FIELD.masking] }
        : undefined,
  },
  {
    id: 'placebo',
    check: (c) => {
      // A risk for whoever joins, so only said while people can still join.
      const placebo = c.dummyArms.includes('PLACEBO_COMPARATOR');
      const sham = c.dummyArms.includes('SHAM_COMPARATOR');
      return (placebo || sham) && OPEN.has(c.join.state)
        ? {
            kind: 'placebo',
            placebo,
            sham,
            tense: c.tense,
            sources: [FIELD.armTypes, FIELD.status],
          }
        : undefined;
    },
  },
  {
    id: 'small-enrollment',
    check: (c) =>
      c.enrollment !== undefined &&
      c.enrollment < SMALL_ENROLLMENT &&
      c.status !== 'WITHDRAWN' &&
      !(c.enrollmentEstimated && c.enrollment === 0)
        ? {
            kind: 'small-enrollment',
            count: c.enrollment,
            estimated: c.enrollmentEstimated,
            tense: plannedTense(c),
            sources: [FIELD.enrollment, FIELD.enrollmentType],
          }
        : undefined,
  },
  {
    id: 'no-results',
    // Results are due up to a year after the end, so the note waits that long (by the element's clock). A
    // record that does not say whether it has results gets no note.
    check: (c) =>
      c.resultsKnown &&
      !c.hasResults &&
      c.status !== undefined &&
      ENDED.has(c.status) &&
      (c.ended === undefined || latestTime(c.ended) + RESULTS_GRACE_MS < c.now.getTime())
        ? {
            kind: 'no-results',
            sources: [FIELD.status, FIELD.completion, FIELD.primaryCompletion, FIELD.hasResults],
            ...optional('ended', c.ended),
          }
        : undefined,
  },
  {
    id: 'serious-adverse-events',
    check: (c) => {
      const groups = groupShares(c, 'serious');
      return groups.length === 0
        ? undefined
        : {
            kind: 'serious-adverse-events',
            groups,
            interventional: interventional(c),
            sources: [
              FIELD.groupTitles,
              FIELD.seriousAffected,
              FIELD.seriousAtRisk,
              FIELD.timeFrame,
            ],
            ...optional('timeFrame', c.timeFrame),
          };
    },
  },
  {
    id: 'deaths',
    check: (c) => {
      const groups = groupShares(c, 'deaths');
      return groups.some((g) => g.affected > 0)
        ? {
            kind: 'deaths',
            groups,
            sources: [FIELD.groupTitles, FIELD.deathsAffected, FIELD.deathsAtRisk, FIELD.timeFrame],
            ...optional('timeFrame', c.timeFrame),
          }
        : undefined;
    },
  },
  {
    id: 'other-adverse-events',
    check: (c) => {
      const groups = groupShares(c, 'other');
      return groups.length === 0
        ? undefined
        : {
            kind: 'other-adverse-events',
            groups,
            sources: [FIELD.groupTitles, FIELD.otherAffected, FIELD.otherAtRisk, FIELD.timeFrame],
            ...optional('timeFrame', c.timeFrame),
          };
    },
  },
  {
    id: 'top-serious-events',
    check: (c) => {
      const titles = new Map(c.eventGroups.map((g) => [g.id, g.title]));
      const totals = new Map<string, NamedEvent>();
      for (const event of c.seriousEvents) {
        if (event.term !== undefined && event.affected > 0) {
          const term = sentenceCase(event.term);
          if ((totals.get(term)?.affected ?? 0) >= event.affected) continue;
          const group = event.groupId === undefined ? undefined : titles.get(event.groupId);
          totals.set(term, {
            term,
            affected: event.affected,
            ...(event.atRisk !== undefined && group !== undefined
              ? { atRisk: event.atRisk, group }
              : {}),
          });
        }
      }
      const events = [...totals.values()]
        .sort((a, b) => b.affected - a.affected || a.term.localeCompare(b.term))
        .slice(0, TOP_EVENTS);
      return events.length === 0
        ? undefined
        : { kind: 'top-serious-events', events, sources: [FIELD.seriousTerms, FIELD.seriousStats] };
    },
  },
];

export function risksOf(c: Context): RiskNote[] {
  return RISK_RULES.map((rule) => rule.check(c)).filter(
    (note): note is RiskNote => note !== undefined,
  );
}

function groupShares(c: Context, which: 'serious' | 'deaths' | 'other'): GroupShare[] {
  const out: GroupShare[] = [];
  for (const group of c.eventGroups) {
    const numbers = group[which];
    if (group.title !== undefined && numbers)
      out.push({
        ...optional('id', group.id),
        title: group.title,
        affected: numbers[0],
        atRisk: numbers[1],
      });
  }
  return out;
}
