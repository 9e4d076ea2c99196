/**
 * From plain-language facts (view-model/plain.ts) to sentences in a language table: what the first screen
 * says (the headline, the "Can I join?" answer); the blocks below it use meaning-statements.ts. Pure: the
 * element renders what these return, the tests and the readability report read them directly.
 */
import { type PartialDate } from '../view-model/dates.js';
import { OPEN, stateOf, type Join } from '../view-model/join.js';
import type { HeadlineParts } from '../view-model/plain.js';
import type { Formatters, Strings } from './index.js';
import { unmarked } from './foreign.js';

/** A generated headline stays under about this many characters; longer ones fall back to the brief title. */
export const HEADLINE_MAX = 90;

/** The most detailed headline that fits, or `undefined` when the record is too thin for one. */
export function headlineText(parts: HeadlineParts, t: Strings, f: Formatters): string | undefined {
  return t.headline.candidates(parts, f.list).find((h) => unmarked(h).length <= HEADLINE_MAX);
}

/** A date to its month (or year): "as of" never needs the day. */
export function monthOnly(date: PartialDate): PartialDate {
  return date.month === undefined ? { year: date.year } : { year: date.year, month: date.month };
}

/** The "Can I join?" answer's words. */
export function joinText(join: Join, t: Strings, f: Formatters): string {
  const sites = join.sites;
  const lastKnown =
    join.lastKnownStatus === undefined ? undefined : own(t.status, join.lastKnownStatus);
  return t.join.answer({
    state: join.state,
    stale: join.stale,
    ...(join.status === undefined ? {} : { status: join.status }),
    ...(join.asOf === undefined ? {} : { asOf: f.partialDate(monthOnly(join.asOf)) }),
    ...(join.start
      ? { start: { date: f.partialDate(join.start.date), passed: join.start.passed } }
      : {}),
    ...(lastKnown === undefined ? {} : { lastKnown }),
    ...(join.lastKnownStatus === undefined
      ? {}
      : { lastKnownOpen: OPEN.has(stateOf(join.lastKnownStatus)) }),
    ...(sites
      ? {
          sites: {
            recruiting: f.number(sites.recruiting),
            total: f.number(sites.total),
            count: sites.recruiting,
            of: sites.total,
          },
        }
      : {}),
  });
}

/** A table's own entry for a record value; never an inherited member (`constructor`, `__proto__`, …). */
export function own<V>(table: Record<string, V> | undefined, key: string): V | undefined {
  // A table not here yet (English below the first screen arrives with its blocks) has no words either.
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** At most three items, then "and N more" (or "or N more": `or` for things a person needs only one of). */
export function shortList(items: string[], t: Strings, f: Formatters, or = false): string {
  const list = or ? f.orList : f.list;
  if (items.length === 0) return t.theCondition;
  if (items.length <= 3) return list(items);
  return list([...items.slice(0, 3), t.andMore(items.length - 3)]);
}
