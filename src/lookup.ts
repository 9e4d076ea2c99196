/**
 * Record values as keys: a registry code (a status, a phase, a unit…) indexes a table of words only through
 * these, so that a value named like an `Object.prototype` member (`constructor`, `__proto__`, `toString`,
 * `valueOf`, `hasOwnProperty`…) finds nothing instead of an inherited function or object.
 */

/** `table[key]` when `table` has `key` as its own property, else `undefined`. */
export function own<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Gives every plain object inside `value` (itself included) a null prototype, in place, so that looking a
 * record value up in it can only find its own entries. Functions, arrays and class instances are left as they
 * are; frozen objects are skipped. Returns `value`.
 */
export function withoutPrototypes<T>(value: T, seen = new Set<object>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  for (const child of Object.values(value)) withoutPrototypes(child, seen);
  if (proto !== null && Object.isExtensible(value)) Object.setPrototypeOf(value, null);
  return value;
}
