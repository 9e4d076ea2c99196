/**
 * Reading studies from a ClinicalTrials.gov API v2 base (the registry itself, a proxy, or the fake registry).
 * No DOM, no Lit: `fetch` and `URL` only, so it is unit-tested with a fake `fetch`.
 */
import { RegistryError, isAbortError } from './errors.js';
import { parseNctId, type NctId } from './ids.js';
import type { Study } from './types.js';

export interface RequestOptions {
  /** Aborts the request; the promise then rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
  /** Ends a request (headers and body) that takes longer, as a `timeout` error. */
  timeoutMs?: number;
  /** The `fetch` to use; the global one by default. */
  fetch?: typeof fetch;
  /** Reads an answer's body (a batch answer as it arrives, see stream.ts); `JSON.parse` of its text by default. */
  read?: (response: Response) => Promise<unknown>;
}

export interface StudyResponse {
  /** The canonical id of the study that came back (differs from the request for an alias). */
  nct: NctId;
  /** The id that was asked for. */
  requestedNct: NctId;
  study: Study;
}

/**
 * The modules and sections the card renders, by their API v2 names, for `fields=`: the registry sends
 * nothing else (about a third of a full record, less for studies with large results sections).
 */
export const CARD_FIELDS = [
  'IdentificationModule',
  'StatusModule',
  'SponsorCollaboratorsModule',
  'DescriptionModule',
  'ConditionsModule',
  'DesignModule',
  'ArmsInterventionsModule',
  'EligibilityModule',
  'ContactsLocationsModule',
  // Papers the record lists with its results (type RESULT, PubMed id).
  'ReferencesModule',
  'AdverseEventsModule',
  'ConditionBrowseModule',
  'HasResults',
] as const;

/** The URL of one study below an API base (already resolved, without a trailing slash). */
export function studyUrl(apiBase: string, nct: NctId, fields?: readonly string[]): string {
  const query = fields && fields.length > 0 ? `?fields=${fields.join(',')}` : '';
  return `${apiBase}/studies/${encodeURIComponent(nct)}${query}`;
}

/** The URL of several studies in one request. */
export function studiesUrl(
  apiBase: string,
  ids: readonly NctId[],
  fields?: readonly string[],
): string {
  const query = [`filter.ids=${ids.join(',')}`, `pageSize=${ids.length}`];
  if (fields && fields.length > 0) query.push(`fields=${fields.join(',')}`);
  return `${apiBase}/studies?${query.join('&')}`;
}

/** Seconds from a `Retry-After` header (either delta-seconds or an HTTP date), if it has one. */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const when = Date.parse(trimmed);
  return Number.isNaN(when) ? undefined : Math.max(0, Math.ceil((when - now) / 1000));
}

/**
 * GETs JSON from the registry and maps every way it can fail to a {@link RegistryError}: `not-found` (404),
 * `http` (other statuses, with `Retry-After`), `network`, `timeout` and `parse`. Rejects with the caller's
 * abort reason when `signal` aborts.
 */
export async function getJson(url: string, options: RequestOptions = {}): Promise<unknown> {
  const { signal, timeoutMs, read = readJson, fetch: fetchImpl = globalThis.fetch } = options;
  signal?.throwIfAborted();

  const controller = new AbortController();
  let timedOut = false;
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  const timer =
    timeoutMs !== undefined && Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;

  const fail = (error: unknown): never => {
    if (signal?.aborted) throw signal.reason ?? error;
    if (timedOut) {
      throw new RegistryError('timeout', 'The registry did not answer in time.', { cause: error });
    }
    if (error instanceof RegistryError) throw error;
    if (isAbortError(error) || error instanceof TypeError) {
      throw new RegistryError('network', 'The registry could not be reached.', { cause: error });
    }
    throw new RegistryError('parse', 'The registry sent an answer that could not be read.', {
      cause: error,
    });
  };

  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) {
      // Drain the plain-text body so the connection can be reused; its content is not shown.
      await response.text().catch(() => '');
      if (response.status === 404) {
        throw new RegistryError('not-found', 'The registry has no such study.', { status: 404 });
      }
      const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
      throw new RegistryError('http', `The registry answered ${response.status}.`, {
        status: response.status,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      });
    }
    return await read(response);
  } catch (error) {
    return fail(error);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** An answer's body, parsed whole. */
export async function readJson(response: Response): Promise<unknown> {
  return JSON.parse(await response.text()) as unknown;
}

/**
 * Fetches `GET {apiBase}/studies/{nct}` and checks that the study that came back is the one asked for.
 * Rejects with a {@link RegistryError}, or with the caller's `AbortError` when `signal` aborts.
 */
export async function fetchStudy(
  apiBase: string,
  nct: NctId,
  options: RequestOptions & { fields?: readonly string[] } = {},
): Promise<StudyResponse> {
  return checkStudy(await getJson(studyUrl(apiBase, nct, options.fields), options), nct);
}

/** The canonical id of a record and the ids it also answers to. */
export function idsOf(body: unknown): { nct: NctId; aliases: NctId[] } | undefined {
  const study = body as Study | null;
  const identification =
    typeof study === 'object' && study !== null && !Array.isArray(study)
      ? study.protocolSection?.identificationModule
      : undefined;
  const nct = parseNctId(identification?.nctId);
  if (!nct) return undefined;
  const aliases = Array.isArray(identification?.nctIdAliases)
    ? identification.nctIdAliases.map(parseNctId).filter((id): id is NctId => id !== undefined)
    : [];
  return { nct, aliases };
}

/**
 * Accepts a parsed answer as the study `requested` when its id matches, or when the requested id is one of
 * its aliases (the registry redirects old ids to the current record).
 */
export function checkStudy(body: unknown, requested: NctId): StudyResponse {
  const ids = idsOf(body);
  if (!ids)
    throw new RegistryError('parse', 'The registry sent something that is not a study record.');
  if (ids.nct !== requested && !ids.aliases.includes(requested)) {
    throw new RegistryError('mismatch', `Asked for ${requested} but the registry sent ${ids.nct}.`);
  }
  return { nct: ids.nct, requestedNct: requested, study: body as Study };
}
