/**
 * One registry client per API base, shared by every card on the page, so that many cards cost about as much
 * as one:
 *
 * - **sharing**: cards asking for the same id wait on one request;
 * - **batching**: distinct ids asked for within a short window (10 ms after the last, 50 ms at most) go out as one
 *   `GET {base}/studies?filter.ids=…&pageSize=…&fields=…`, split only to keep URLs a safe length; ids missing
 *   from the answer are `not-found` for exactly those cards; an alias id resolves to the study that lists it;
 * - **projection**: only the modules the card renders (`CARD_FIELDS`);
 * - **streaming**: a batch answer is read as it arrives (`stream.ts`, loaded with the first batch), and each
 *   card is handed its study as soon as it has come, a few per task (`hand-out.ts`);
 * - **cache** (`study-store.ts`): in memory, and in `sessionStorage` (when there is one) for `ttlSeconds`; a stale
 *   entry is still returned at once, marked `stale`, for the caller to refresh in the background; failures are
 *   never cached;
 * - **abort**: a card's signal only ends its own wait; a request is aborted when nobody waits for it;
 * - **politeness** (`request-gate.ts`): a few requests in flight per base; `429` and `503` are retried after
 *   `Retry-After` (or a short backoff) a bounded number of times, and hold the base's other requests back
 *   meanwhile.
 *
 * No DOM, no Lit: `fetch`, timers and an optional `Storage`.
 */
import { RegistryError } from './errors.js';
import {
  CARD_FIELDS,
  checkStudy,
  idsOf,
  readJson,
  studiesUrl,
  studyUrl,
  type StudyResponse,
} from './client.js';
import type { NctId } from './ids.js';
import { HandOut } from './hand-out.js';
import { RequestGate } from './request-gate.js';
import { StudyStore, type Stored, type StudyStorage } from './study-store.js';
import type { Study } from './types.js';

export interface SharedClientOptions {
  fetch?: typeof fetch;
  /** Share identical requests (default true). */
  share?: boolean;
  /** Batch distinct ids into one request (default true). */
  batch?: boolean;
  /** Ask only for the modules the card renders (default true). */
  projection?: boolean;
  /** Hand each study of a batch out as soon as it has arrived, not when the whole answer has (default true). */
  stream?: boolean;
  /** How long to wait for more ids after the last one asked for before sending a batch, in ms (default 10). */
  batchWindowMs?: number;
  /** The longest a batch waits for more ids after its first, in ms (default 50). */
  maxBatchDelayMs?: number;
  /** Requests in flight at once (default 4). */
  maxConcurrent?: number;
  /** Longest URL sent; larger batches are split (default 2,000 characters). */
  maxUrlLength?: number;
  /** Where studies are kept between page loads; `sessionStorage` when available, `null` for none. */
  storage?: StudyStorage | null;
  /** Automatic retries after `429`/`503` (default 2) and the longest wait for one (default 10 s). */
  maxRetries?: number;
  maxRetryWaitMs?: number;
  now?: () => number;
}

export interface GetOptions {
  signal?: AbortSignal;
  /** This caller's own time limit; the request goes on for others. */
  timeoutMs?: number;
  /** How long a stored study counts as fresh (0: no cache at all). Default 3600. */
  ttlSeconds?: number;
}

export interface CachedStudy extends StudyResponse {
  /** When the registry sent this copy (ms since the epoch). */
  retrievedAt: number;
  /** Older than the caller's TTL: shown now, to be refreshed. */
  stale: boolean;
}

interface Waiter {
  resolve: (value: Stored) => void;
  reject: (reason: unknown) => void;
}

interface Flight {
  id: NctId;
  waiters: Set<Waiter>;
  batch?: Batch;
  /** Whether any caller wants the answer kept (a cache-ttl above 0). */
  keep: boolean;
}

interface Batch {
  flights: Flight[];
  controller: AbortController;
}

export class SharedRegistryClient {
  readonly #base: string;
  readonly #options: Required<Omit<SharedClientOptions, 'storage' | 'fetch'>> & {
    fetch: typeof fetch | undefined;
  };
  readonly #store: StudyStore;
  readonly #gate: RequestGate;
  readonly #flights = new Map<NctId, Flight>();
  #queue: Flight[] = [];
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #windowStart: number | undefined;

  /** Requests sent, for tests and the benchmark. */
  requests = 0;

  constructor(base: string, options: SharedClientOptions = {}) {
    this.#base = base;
    this.#options = {
      fetch: options.fetch,
      share: options.share ?? true,
      batch: options.batch ?? true,
      projection: options.projection ?? true,
      stream: options.stream ?? true,
      batchWindowMs: options.batchWindowMs ?? 10,
      maxBatchDelayMs: options.maxBatchDelayMs ?? 50,
      maxConcurrent: options.maxConcurrent ?? 4,
      maxUrlLength: options.maxUrlLength ?? 2000,
      maxRetries: options.maxRetries ?? 2,
      maxRetryWaitMs: options.maxRetryWaitMs ?? 10_000,
      now: options.now ?? Date.now,
    };
    this.#store = new StudyStore(base, options.storage);
    this.#gate = new RequestGate(this.#options, () => this.requests++);
  }

  /** A study: from the cache when there is a copy (fresh, or stale for the caller to refresh), else fetched. */
  async get(id: NctId, options: GetOptions = {}): Promise<CachedStudy> {
    const ttl = options.ttlSeconds ?? 3600;
    const cached = ttl > 0 ? this.#store.cached(id) : undefined;
    if (cached) {
      options.signal?.throwIfAborted();
      return this.#answer(cached, id, ttl);
    }
    return this.#answer(await this.#wait(id, options), id, ttl);
  }

  /** A fresh copy from the registry, whatever the cache holds (for a background refresh of a stale one). */
  async refresh(id: NctId, options: GetOptions = {}): Promise<CachedStudy> {
    return this.#answer(await this.#wait(id, options), id, options.ttlSeconds ?? 3600);
  }

  #answer(stored: Stored, requested: NctId, ttl: number): CachedStudy {
    const age = this.#options.now() - stored.retrievedAt;
    return {
      nct: stored.nct,
      requestedNct: requested,
      study: stored.study,
      retrievedAt: stored.retrievedAt,
      stale: ttl > 0 && age > ttl * 1000,
    };
  }

  /** Waits for `id` on a shared (or new) request, with this caller's own abort and time limit. */
  #wait(id: NctId, options: GetOptions): Promise<Stored> {
    const { signal, timeoutMs } = options;
    signal?.throwIfAborted();
    let flight = this.#options.share ? this.#flights.get(id) : undefined;
    if (!flight) {
      flight = { id, waiters: new Set(), keep: false };
      if (this.#options.share) this.#flights.set(id, flight);
      this.#enqueue(flight);
    }
    const current = flight;
    if ((options.ttlSeconds ?? 3600) > 0) current.keep = true;
    return new Promise<Stored>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        current.waiters.delete(waiter);
        signal?.removeEventListener('abort', onAbort);
        if (timer !== undefined) clearTimeout(timer);
      };
      const waiter: Waiter = {
        resolve: (value) => {
          done();
          resolve(value);
        },
        reject: (reason) => {
          done();
          reject(reason);
        },
      };
      const leave = (reason: unknown) => {
        waiter.reject(reason);
        this.#abandon(current);
      };
      const onAbort = () => leave(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (timeoutMs !== undefined && Number.isFinite(timeoutMs) && timeoutMs > 0) {
        timer = setTimeout(
          () => leave(new RegistryError('timeout', 'The registry did not answer in time.')),
          timeoutMs,
        );
      }
      current.waiters.add(waiter);
    });
  }

  /** Nobody waits for a flight any more: drop it from the queue, or abort its request when no one else waits. */
  #abandon(flight: Flight): void {
    if (flight.waiters.size > 0) return;
    if (this.#flights.get(flight.id) === flight) this.#flights.delete(flight.id);
    if (!flight.batch) {
      this.#queue = this.#queue.filter((f) => f !== flight);
      return;
    }
    if (flight.batch.flights.every((f) => f.waiters.size === 0)) flight.batch.controller.abort();
  }

  #enqueue(flight: Flight): void {
    this.#queue.push(flight);
    if (!this.#options.batch) {
      this.#flush();
      return;
    }
    // Each new id extends the window a little (cards upgrade while the page is still being parsed), up to a cap.
    const now = this.#options.now();
    this.#windowStart ??= now;
    if (this.#flushTimer !== undefined) clearTimeout(this.#flushTimer);
    const wait = Math.min(
      this.#options.batchWindowMs,
      this.#windowStart + this.#options.maxBatchDelayMs - now,
    );
    this.#flushTimer = setTimeout(() => this.#flush(), Math.max(0, wait));
  }

  #flush(): void {
    if (this.#flushTimer !== undefined) clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#windowStart = undefined;
    const queued = this.#queue;
    this.#queue = [];
    const fields = this.#options.projection ? CARD_FIELDS : undefined;
    let current: Flight[] = [];
    const batches: Flight[][] = [];
    for (const flight of queued) {
      const next = [...current, flight];
      const tooLong =
        studiesUrl(
          this.#base,
          next.map((f) => f.id),
          fields,
        ).length > this.#options.maxUrlLength;
      if (current.length > 0 && (!this.#options.batch || tooLong)) {
        batches.push(current);
        current = [flight];
      } else {
        current = next;
      }
    }
    if (current.length > 0) batches.push(current);
    for (const flights of batches) void this.#send({ flights, controller: new AbortController() });
  }

  async #send(batch: Batch): Promise<void> {
    for (const flight of batch.flights) flight.batch = batch;
    const { signal } = batch.controller;
    const fields = this.#options.projection ? CARD_FIELDS : undefined;
    const [first] = batch.flights;
    const single = batch.flights.length === 1 && first !== undefined;
    const url = single
      ? studyUrl(this.#base, first.id, fields)
      : studiesUrl(
          this.#base,
          batch.flights.map((f) => f.id),
          fields,
        );
    if (single) {
      try {
        const { study, nct } = checkStudy(await this.#gate.request(url, signal), first.id);
        this.#settle(first, { study, nct, retrievedAt: this.#options.now() });
      } catch (error) {
        this.#fail(first, error);
      }
      return;
    }
    const reader = this.#options.stream ? batchReader() : undefined;
    // Studies are handed out as they arrive: the first cards render while the rest of a large answer is
    // still on its way. A study goes to the card asking for its own id at once; one asking for an id the
    // study only lists as an alias waits for the end, in case the study with that id comes too.
    const own = new Map<NctId, Stored>();
    const alias = new Map<NctId, Stored>();
    const handOut = new HandOut<Flight, Stored>((flight, stored) => {
      if (stored) this.#settle(flight, stored);
      else
        this.#fail(
          flight,
          new RegistryError('not-found', 'The registry has no such study.', { status: 404 }),
        );
    });
    /** The flights not handed out yet, by id (with sharing off, one id may have several). */
    const waiting = new Map<NctId, Flight[]>();
    for (const flight of batch.flights)
      waiting.set(flight.id, [...(waiting.get(flight.id) ?? []), flight]);
    const give = (id: NctId, stored: Stored | undefined) => {
      for (const flight of waiting.get(id) ?? []) handOut.add(flight, stored);
      waiting.delete(id);
    };
    /** A study of the answer, kept by its own id and its aliases; `undefined` if not a study or already kept. */
    const take = (item: unknown): Stored | undefined => {
      const ids = idsOf(item);
      if (!ids || own.has(ids.nct)) return undefined;
      const stored = { study: item as Study, nct: ids.nct, retrievedAt: this.#options.now() };
      own.set(ids.nct, stored);
      for (const id of ids.aliases) if (!alias.has(id)) alias.set(id, stored);
      return stored;
    };
    try {
      const body = await this.#gate.request(url, signal, async (response) => {
        const streaming = await reader;
        if (!streaming) return readJson(response);
        return streaming.readStudies(response, (item) => {
          const stored = take(item);
          if (stored) give(stored.nct, stored);
        });
      });
      const studies = (body as { studies?: unknown } | null)?.studies;
      if (!Array.isArray(studies))
        throw new RegistryError('parse', 'The registry sent no list of studies.');
      for (const item of studies) take(item);
      for (const id of [...waiting.keys()]) give(id, own.get(id) ?? alias.get(id));
    } catch (error) {
      for (const flight of [...waiting.values()].flat()) this.#fail(flight, error);
    }
    await handOut.done;
  }

  #settle(flight: Flight, stored: Stored): void {
    if (flight.keep) this.#store.remember(flight.id, stored);
    if (this.#flights.get(flight.id) === flight) this.#flights.delete(flight.id);
    for (const waiter of [...flight.waiters]) waiter.resolve(stored);
  }

  #fail(flight: Flight, error: unknown): void {
    if (this.#flights.get(flight.id) === flight) this.#flights.delete(flight.id);
    for (const waiter of [...flight.waiters]) waiter.reject(error);
  }
}

/**
 * The batch reader (stream.ts), fetched with the first batch (a page with one card never needs it) while the
 * request is on its way. Should its code not come, answers are read whole.
 */
let streamModule: Promise<typeof import('./stream.js') | undefined> | undefined;
const batchReader = () => (streamModule ??= import('./stream.js').catch(() => undefined));

const clients = new Map<string, SharedRegistryClient>();

const sharedClientDefaults: SharedClientOptions = {};

/**
 * Options for the clients created from now on (existing ones are dropped). For benchmarks and tests: the
 * benchmark's naive mode turns sharing, batching and projection off here.
 */
export function configureRegistryClients(options: SharedClientOptions): void {
  Object.assign(sharedClientDefaults, options);
  clients.clear();
}

/** The page's one client for an API base. */
export function registryClient(base: string): SharedRegistryClient {
  let client = clients.get(base);
  if (!client) {
    client = new SharedRegistryClient(base, sharedClientDefaults);
    clients.set(base, client);
  }
  return client;
}
