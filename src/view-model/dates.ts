import { record, text } from './guards.js';

/** A registry date as precise as the record gives it: a year, a month, or a day. */
export interface PartialDate {
  year: number;
  /** 1–12 */
  month?: number;
  /** 1–31 */
  day?: number;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `yyyy`, `yyyy-MM` or `yyyy-MM-dd`; anything else is `undefined`. */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  const raw = text(value);
  const match = raw === undefined ? null : DATE.exec(raw);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month };
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

/** The first instant a partial date can mean (UTC), for comparisons. */
export function earliestTime(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last instant a partial date can mean (UTC), for comparisons. */
export function latestTime(date: PartialDate): number {
  if (date.month !== undefined && date.day !== undefined)
    return Date.UTC(date.year, date.month - 1, date.day + 1) - 1;
  if (date.month !== undefined) return Date.UTC(date.year, date.month, 1) - 1;
  return Date.UTC(date.year + 1, 0, 1) - 1;
}

export interface DatedValue {
  date: PartialDate;
  /** The registry marks dates that have not happened yet, or were not confirmed, as estimated. */
  estimated: boolean;
}

/** Reads a `…DateStruct` (`{ date, type? }`); `type` may be missing on older records. */
export function dateStruct(value: unknown): DatedValue | undefined {
  const struct = record(value);
  const date = parsePartialDate(struct['date']);
  return date && { date, estimated: struct['type'] === 'ESTIMATED' };
}

/** Whole months from a (partial) date to `now`, counting a month-only date from its first day. */
export function monthsBetween(from: PartialDate, now: Date): number {
  const months =
    (now.getUTCFullYear() - from.year) * 12 + (now.getUTCMonth() + 1 - (from.month ?? 1));
  return from.day !== undefined && now.getUTCDate() < from.day ? months - 1 : months;
}
