/**
 * Language: choosing a table for a locale, and cached `Intl` formatters. No DOM: the element passes in the
 * language it found (its own `lang`, an ancestor's, or the document's).
 */
import type { PartialDate } from '../view-model/dates.js';
import { withoutPrototypes } from '../lookup.js';
import type { Strings } from './en.js';
import { enFirst } from './en-first.js';
import { joinEnglish } from './en-words.js';

export type { Strings } from './en.js';
export { joinEnglish } from './en-words.js';

/** A table for another language: any subset of the English keys; what it leaves out stays English. */
export type PartialStrings = DeepPartial<Strings> & { lang: string };

type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * English, and the languages the build's language modules add (`src/languages/`). Every table's objects have
 * no prototype: record values index them (`t.status[code]`), and `constructor` must find nothing.
 *
 * English comes in two parts: the first screen's words (always here) and the rest, which arrives with the
 * blocks below the first screen (`completeEnglish`). Until then the English table holds only the first part;
 * only the first screen's blocks read it.
 */
let english = withoutPrototypes(enFirst) as Strings;
const tables = new Map<string, Strings>([['en', english]]);
/** The tables as registered, in order, to be merged again onto English once it is complete. */
const registered: PartialStrings[] = [];

/**
 * Adds (or replaces) the table for a language, by its primary subtag (`lang: 'fr'` serves `fr`, `fr-CA`…).
 * Keys the table leaves out keep the language's current words (English for a new language), one by one.
 * Cards re-render in the new language.
 */
export function registerLanguage(table: PartialStrings): void {
  if (!add(table)) return;
  registered.push(table);
  for (const listener of languageListeners) listener();
}

function add(table: PartialStrings): boolean {
  const primary = normaliseLocale(table.lang).toLowerCase().split('-')[0] ?? '';
  if (primary === '' || (primary === 'en' && table.lang.trim() === '')) return false;
  // Onto the table already there (a few Spanish keys change the Spanish table), else onto English. The
  // table's own functions may read its objects too: those lose their prototype as well.
  tables.set(primary, merge(tables.get(primary) ?? english, withoutPrototypes(table)) as Strings);
  return true;
}

/** The rest of English has arrived: English and every table merged onto it are whole. */
export function completeEnglish(rest: object): void {
  english = withoutPrototypes(joinEnglish(enFirst, rest)) as Strings;
  tables.clear();
  tables.set('en', english);
  for (const table of registered) add(table);
  for (const listener of languageListeners) listener();
}

/** Called when a language table is registered (the element re-renders its cards). */
export const languageListeners = new Set<() => void>();

/** `base` with every key `over` gives replaced, recursively; functions and strings are leaves. */
function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (
    typeof base !== 'object' ||
    base === null ||
    typeof over !== 'object' ||
    over === null ||
    Array.isArray(base)
  )
    return typeof over === typeof base || base === undefined ? over : base;
  const out = Object.assign(Object.create(null) as Record<string, unknown>, base);
  for (const [key, value] of Object.entries(over as Record<string, unknown>)) {
    out[key] = merge((base as Record<string, unknown>)[key], value);
  }
  return out;
}

/** The strings for a BCP 47 language tag, by its primary language; English when there is no table. */
export function stringsFor(locale: string): Strings {
  return resolveLanguage(locale).strings;
}

/**
 * The language the card writes in, from the `lang` it found: the page's locale when a table exists for its
 * language (so `en-GB` keeps British dates), else English throughout — never English words with dates
 * formatted for a language the card cannot write.
 */
export function resolveLanguage(lang: string | null | undefined): {
  locale: string;
  strings: Strings;
} {
  const locale = normaliseLocale(lang);
  const table = tables.get(locale.toLowerCase().split('-')[0] ?? '');
  return table ? { locale, strings: table } : { locale: 'en', strings: english };
}

/** A usable locale for `Intl` from a `lang` value; `en` when it is empty or invalid. */
export function normaliseLocale(lang: string | null | undefined): string {
  const value = (lang ?? '').trim();
  if (value === '') return 'en';
  try {
    return Intl.getCanonicalLocales(value)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export interface Formatters {
  number(value: number): string;
  percent(value: number): string;
  list(items: string[]): string;
  /** "A, B or C": things a person needs only one of. */
  orList(items: string[]): string;
  /** A registry date at its own precision: a day, a month or a year. */
  partialDate(date: PartialDate): string;
  dateTime(date: Date): string;
  /** A distance given in kilometres, in `unit`, rounded for reading ("12 km", "7.5 mi"). */
  distance(km: number, unit: 'km' | 'mi'): string;
}

/** Formatters for a locale, each built on first use and kept (some `Intl` formats are slow to build). */
export function formatters(locale: string): Formatters {
  return cached(`formatters:${locale}`, () => {
    const lazy = <T>(make: () => T) => {
      let value: T | undefined;
      return () => (value ??= make());
    };
    const number = lazy(() => new Intl.NumberFormat(locale));
    const percent = lazy(
      () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
    );
    const list = lazy(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
    const orList = lazy(() => new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }));
    // Registry dates are calendar dates: format them in UTC so no time zone moves them a day.
    const day = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
    const month = lazy(
      () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    );
    const year = lazy(() => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }));
    const kilometres = lazy(
      () =>
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: 'kilometer',
          maximumFractionDigits: 1,
        }),
    );
    const miles = lazy(
      () =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: 'mile', maximumFractionDigits: 1 }),
    );
    const dateTime = lazy(
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    );
    return {
      number: (value) => number().format(value),
      percent: (value) => percent().format(value),
      list: (items) => list().format(items),
      orList: (items) => orList().format(items),
      partialDate: (date) => {
        const at = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
        return (
          date.day !== undefined ? day() : date.month !== undefined ? month() : year()
        ).format(at);
      },
      dateTime: (date) => dateTime().format(date),
      distance: (km, unit) => {
        const value = unit === 'mi' ? km / 1.609344 : km;
        const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
        return (unit === 'mi' ? miles() : kilometres()).format(rounded);
      },
    };
  });
}
