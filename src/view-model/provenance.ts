/**
 * "Show the registry's own words": the raw values at the record field paths a block's statements cite.
 * Pure. A path is dotted; `name[]` takes that field of every item of the array `name`.
 */
import { list, record } from './guards.js';

export interface OwnWords {
  path: string;
  /** Each value as the registry gives it (arrays and objects flattened to short text). */
  values: string[];
}

/** The values at one path, flattened: `…interventions[].name` gives one value per intervention. */
export function valuesAt(study: unknown, path: string): string[] {
  let current: unknown[] = [study];
  for (const part of path.split('.')) {
    const each = part.endsWith('[]');
    const key = each ? part.slice(0, -2) : part;
    current = current.flatMap((value) => {
      const next = record(value)[key];
      return each ? list(next) : next === undefined ? [] : [next];
    });
  }
  return current.flatMap(flatten).filter((v) => v !== '');
}

function flatten(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (typeof value === 'object') {
    return [
      Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${flatten(v).join(', ')}`)
        .join('; '),
    ];
  }
  return [String(value)];
}

/** The registry's own words for the given paths, in order, without repeats or empty fields. */
export function ownWords(study: unknown, paths: Iterable<string>): OwnWords[] {
  const out: OwnWords[] = [];
  for (const path of new Set(paths)) {
    const values = valuesAt(study, path);
    if (values.length > 0) out.push({ path, values });
  }
  return out;
}
