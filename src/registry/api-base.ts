/** Where the element reads studies from, and how a configured value is checked. */

export const DEFAULT_API_BASE = 'https://clinicaltrials.gov/api/v2';

export type ApiBaseResult = { ok: true; base: string } | { ok: false; value: string };

/**
 * Resolves a configured `api-base` against the document's base URL.
 *
 * - empty or missing → the public registry;
 * - relative (`/ctgov/api/v2`) → resolved against `documentBase` (same-origin proxy);
 * - trailing slashes, query and fragment are dropped;
 * - anything that is not http(s) after resolution → `{ ok: false }`.
 */
export function resolveApiBase(
  value: string | null | undefined,
  documentBase: string,
): ApiBaseResult {
  const raw = (value ?? '').trim();
  if (raw === '') return { ok: true, base: DEFAULT_API_BASE };
  let url: URL;
  try {
    url = new URL(raw, documentBase);
  } catch {
    return { ok: false, value: raw };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, value: raw };
  if (url.username || url.password) return { ok: false, value: raw };
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, base: `${url.origin}${path}` };
}

/** An absolute http(s) URL for a configured link or endpoint (resolved like `api-base`), or `undefined`. */
export function httpUrl(
  value: string | null | undefined,
  documentBase: string,
): string | undefined {
  const raw = (value ?? '').trim();
  if (raw === '') return undefined;
  try {
    const url = new URL(raw, documentBase);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
