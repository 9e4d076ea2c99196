/** The record's dates, as rows of the card's dates list. */
import { dateStruct, parsePartialDate, type DatedValue } from './dates.js';

export type DateKind =
  | 'firstPosted'
  | 'lastUpdated'
  | 'lastVerified'
  | 'resultsPosted'
  | 'start'
  | 'primaryCompletion'
  | 'completion';

export interface DateRow extends DatedValue {
  kind: DateKind;
}

/** In the order the card lists them; `statusVerifiedDate` is a bare `yyyy-MM`, the rest are structs. */
const DATE_FIELDS: [DateKind, string][] = [
  ['firstPosted', 'studyFirstPostDateStruct'],
  ['lastUpdated', 'lastUpdatePostDateStruct'],
  ['lastVerified', 'statusVerifiedDate'],
  ['resultsPosted', 'resultsFirstPostDateStruct'],
  ['start', 'startDateStruct'],
  ['primaryCompletion', 'primaryCompletionDateStruct'],
  ['completion', 'completionDateStruct'],
];

export function datesOf(status: Record<string, unknown>): DateRow[] {
  const rows: DateRow[] = [];
  for (const [kind, field] of DATE_FIELDS) {
    const raw = status[field];
    const bare = typeof raw === 'string' ? parsePartialDate(raw) : undefined;
    const value = bare ? { date: bare, estimated: false } : dateStruct(raw);
    if (value) rows.push({ kind, ...value });
  }
  return rows;
}
