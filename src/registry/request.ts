/** What a card's `nct` and `api-base` attributes ask the registry for. */
import { resolveApiBase } from './api-base.js';
import { RegistryError } from './errors.js';
import { parseNctId, type NctId } from './ids.js';

/**
 * The study and API base to load: `undefined` when `nct` is empty (nothing to show); throws the
 * RegistryError the card shows for an id that is not an NCT number (`invalid-id`) or a base that is not an
 * http(s) URL (`config`). A relative base resolves against `baseURI`.
 */
export function studyRequest(
  nct: unknown,
  apiBase: string | null | undefined,
  baseURI: string,
): { id: NctId; base: string } | undefined {
  const raw = String(nct ?? '').trim();
  if (raw === '') return undefined;
  const id = parseNctId(raw);
  if (!id) throw new RegistryError('invalid-id', `Not an NCT number: ${raw}`);
  const base = resolveApiBase(apiBase, baseURI);
  if (!base.ok) throw new RegistryError('config', `api-base is not an http(s) URL: ${base.value}`);
  return { id, base: base.base };
}
