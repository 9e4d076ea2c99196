/**
 * The study timeline as geometry: where each registry date sits on a line, how wide its uncertainty is, and
 * where "today" falls. Pure: the element draws the SVG from this and writes its text equivalent.
 *
 * Partial dates are placed honestly: a date the registry gives as a month covers that whole month, a year the
 * whole year. Nothing here invents a day.
 */
import { earliestTime, latestTime, type PartialDate } from './dates.js';
import type { DateKind, DateRow } from './study.js';

/** The dates the timeline draws; `lastVerified` is about the record, not the study, and stays in the list. */
export const TIMELINE_KINDS = [
  'start',
  'primaryCompletion',
  'completion',
  'firstPosted',
  'resultsPosted',
  'lastUpdated',
] as const satisfies readonly DateKind[];

export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Study milestones sit on the study's own bar; registry events (posting, updates) on the row below. */
const MILESTONES = new Set<TimelineKind>(['start', 'primaryCompletion', 'completion']);

export interface TimelineMark {
  kind: TimelineKind;
  date: PartialDate;
  estimated: boolean;
  /** How precise the registry is: a day is a point, a month or a year is a span. */
  precision: 'day' | 'month' | 'year';
  /** 'study': on the study bar; 'record': on the registry row. */
  row: 'study' | 'record';
  /** Left and right edges in user units (equal for a day). */
  from: number;
  to: number;
  /** Where its number sits: the middle of its span. */
  x: number;
  /** 0, 1, 2…: marks that would overlap on a row are moved onto extra lanes. */
  lane: number;
  /** 1-based, in the order of time (the same number labels the mark and its line in the list). */
  number: number;
}

export interface TimelineTick {
  year: number;
  x: number;
}

export interface TimelineLayout {
  width: number;
  marks: TimelineMark[];
  /**
   * The study bar, from its start to its last milestone: solid as far as the study has really run (`solidTo`:
   * today, or a later milestone the registry gives as actual), drawn as estimated after it.
   */
  bar?: { from: number; to: number; solidTo: number };
  /** Where today falls (always inside the drawn range: the range includes today). */
  today: number;
  ticks: TimelineTick[];
  /** Lanes used on each row (at least 1). */
  lanes: { study: number; record: number };
  /** Today's position in the time order: how many marks start before it. */
  todayAfter: number;
}

/** Dates outside these years are not drawn (they are typing errors, and would need a tick per year). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const ORDER: readonly DateKind[] = [...TIMELINE_KINDS, 'lastVerified'];

/** The order of time, then a fixed order of kinds for the same start: the timeline's and the list's. */
export function compareDates(a: DateRow, b: DateRow): number {
  return (
    earliestTime(a.date) - earliestTime(b.date) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)
  );
}

/** Where today goes among dates in order: before the first that starts after it. */
export function todayIndex(sorted: DateRow[], now: number): number {
  const index = sorted.findIndex((row) => earliestTime(row.date) > now);
  return index === -1 ? sorted.length : index;
}

/** Marks closer than this (user units) go on separate lanes. */
export const MIN_GAP = 18;
const PAD = 22;

/**
 * Lays the dates out on a line `width` units wide. Returns `undefined` when there is nothing to draw
 * (no dated milestone or posting at all).
 */
export function timelineOf(dates: DateRow[], now: Date, width = 260): TimelineLayout | undefined {
  const rows = dates.filter(
    (row): row is DateRow & { kind: TimelineKind } =>
      (TIMELINE_KINDS as readonly string[]).includes(row.kind) &&
      row.date.year >= MIN_YEAR &&
      row.date.year <= MAX_YEAR,
  );
  if (rows.length === 0) return undefined;
  const nowTime = now.getTime();
  const lo = Math.min(nowTime, ...rows.map((r) => earliestTime(r.date)));
  const hi = Math.max(nowTime, ...rows.map((r) => latestTime(r.date)));
  // Whole years on both ends keep the ticks at the edges and give partial years room.
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi).getUTCFullYear() + 1;
  const t0 = Date.UTC(first, 0, 1);
  const t1 = Date.UTC(last, 0, 1);
  const scale = (time: number) => PAD + ((time - t0) / (t1 - t0)) * (width - 2 * PAD);

  const sorted = [...rows].sort(compareDates);
  // Each lane's right edge so far: a mark goes on the first lane it does not touch, band and number alike.
  const lastEnd: Record<'study' | 'record', number[]> = { study: [], record: [] };
  const marks = sorted.map((row, i): TimelineMark => {
    const from = scale(earliestTime(row.date));
    const to = row.date.day === undefined ? scale(latestTime(row.date) + 1) : from;
    const x = (from + to) / 2;
    const lineRow = MILESTONES.has(row.kind) ? 'study' : 'record';
    const ends = lastEnd[lineRow];
    const left = Math.min(from, x - MIN_GAP / 2);
    let lane = ends.findIndex((end) => left >= end);
    if (lane === -1) lane = ends.length;
    ends[lane] = Math.max(to, x + MIN_GAP / 2);
    return {
      kind: row.kind,
      date: row.date,
      estimated: row.estimated,
      precision:
        row.date.day !== undefined ? 'day' : row.date.month !== undefined ? 'month' : 'year',
      row: lineRow,
      from,
      to,
      x,
      lane,
      number: i + 1,
    };
  });

  const today = scale(nowTime);
  const milestones = marks.filter((m) => m.row === 'study');
  const start = milestones.find((m) => m.kind === 'start');
  const end = milestones.reduce<TimelineMark | undefined>(
    (latest, m) => (m.kind !== 'start' && (!latest || m.to > latest.to) ? m : latest),
    undefined,
  );
  // A study that really started has run until today (or its end): that much of the bar is not an estimate.
  const actual = milestones.filter((m) => !m.estimated);
  const bar =
    start && end && end.to > start.from
      ? {
          from: start.from,
          to: end.to,
          solidTo: start.estimated
            ? start.from
            : Math.min(end.to, Math.max(...actual.map((m) => m.to), today)),
        }
      : undefined;

  const years = last - first;
  const step = years <= 6 ? 1 : years <= 12 ? 2 : years <= 30 ? 5 : 10;
  const ticks: TimelineTick[] = [];
  for (let year = first; year <= last; year++) {
    if ((year - first) % step === 0 || year === last)
      ticks.push({ year, x: scale(Date.UTC(year, 0, 1)) });
  }
  // The last tick would crowd one just before it.
  const [before, lastTick] = ticks.slice(-2);
  if (ticks.length > 2 && before && lastTick && lastTick.year - before.year < step) {
    ticks.splice(ticks.length - 2, 1);
  }

  return {
    width,
    marks,
    ...(bar ? { bar } : {}),
    today,
    ticks,
    lanes: {
      study: Math.max(1, lastEnd.study.length),
      record: Math.max(1, lastEnd.record.length),
    },
    todayAfter: todayIndex(sorted, nowTime),
  };
}
