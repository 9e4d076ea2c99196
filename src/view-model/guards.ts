/**
 * Reading untrusted record fields. Records are loosely shaped and may be malformed, so the view model never
 * trusts a declared type: these guards return a usable value or `undefined` / `[]`.
 */

/** A non-empty, trimmed string, or `undefined`. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The elements of an array (none when it is not one). */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The non-empty strings of an array, trimmed, without repeats. */
export function texts(value: unknown): string[] {
  const out: string[] = [];
  for (const item of list(value)) {
    const t = text(item);
    if (t !== undefined && !out.includes(t)) out.push(t);
  }
  return out;
}

/** An object's own fields (an empty one when it is not a plain object). */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A finite, non-negative whole number, or `undefined`. */
export function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** A finite number, or `undefined`. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
