/**
 * One registry client per API base, shared by every card on the page, so that many cards cost about as much
 * as one:
 *
 * - **sharing**: cards asking for the same id wait on one request;
 * - **batching**: distinct ids asked for within a short window (10 ms after the last, 50 ms at most) go out as one
 *   `GET {base}/studies?filter.ids=…&pageSize=…&fields=…`, split only to keep URLs a safe length; ids missing
 *   from the answer are `not-found` for exactly those cards; an alias id resolves to the study that lists it;
 * - **projection**: only the modules the card renders (`CARD_FIELDS`);
 * - **cache**: in memory, and in `sessionStorage` (when there is one) for `ttlSeconds`; a stale entry is still
 *   returned at once, marked `stale`, for the caller to refresh in the background; failures are never cached;
 * - **abort**: a card's signal only ends its own wait; a request is aborted when nobody waits for it;
 * - **politeness**: a few requests in flight per base; `429` and `503` are retried after `Retry-After` (or a
 *   short backoff) a bounded number of times, and hold the base's other requests back meanwhile.
 *
 * No DOM, no Lit: `fetch`, timers and an optional `Storage`.
 */
import { RegistryError } from './errors.js';
import {
  CARD_FIELDS,
  checkStudy,
  getJson,
  idsOf,
  studiesUrl,
  studyUrl,
  type StudyResponse,
} from './client.js';
import type { NctId } from './ids.js';
import type { Study } from './types.js';

export interface SharedClientOptions {
  fetch?: typeof fetch;
  /** Share identical requests (default true). */
  share?: boolean;
  /** Batch distinct ids into one request (default true). */
  batch?: boolean;
  /** Ask only for the modules the card renders (default true). */
  projection?: boolean;
  /** How long to wait for more ids after the last one asked for before sending a batch, in ms (default 10). */
  batchWindowMs?: number;
  /** The longest a batch waits for more ids after its first, in ms (default 50). */
  maxBatchDelayMs?: number;
  /** Requests in flight at once (default 4). */
  maxConcurrent?: number;
  /** Longest URL sent; larger batches are split (default 2,000 characters). */
  maxUrlLength?: number;
  /** Where studies are kept between page loads; `sessionStorage` when available, `null` for none. */
  storage?:
    | (Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
        Partial<Pick<Storage, 'key' | 'length'>>)
    | null;
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

interface Stored {
  study: Study;
  nct: NctId;
  retrievedAt: number;
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

const STORAGE_PREFIX = 'trial-summary:v1:';
/** The largest study kept in sessionStorage, in characters of JSON (about 400 kB in UTF-16). */
const MAX_STORED_CHARACTERS = 200_000;
/** Cards given their study per task after a batched answer. */
const SETTLE_PER_TASK = 4;

export class SharedRegistryClient {
  readonly #base: string;
  readonly #options: Required<Omit<SharedClientOptions, 'storage' | 'fetch'>> & {
    fetch: typeof fetch | undefined;
  };
  readonly #storage: SharedClientOptions['storage'];
  readonly #memory = new Map<NctId, Stored>();
  readonly #unsaved = new Map<NctId, Stored>();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #flights = new Map<NctId, Flight>();
  #queue: Flight[] = [];
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #windowStart: number | undefined;
  #active = 0;
  readonly #slots: (() => void)[] = [];
  #holdUntil = 0;

  /** Requests sent, for tests and the benchmark. */
  requests = 0;

  constructor(base: string, options: SharedClientOptions = {}) {
    this.#base = base;
    this.#options = {
      fetch: options.fetch,
      share: options.share ?? true,
      batch: options.batch ?? true,
      projection: options.projection ?? true,
      batchWindowMs: options.batchWindowMs ?? 10,
      maxBatchDelayMs: options.maxBatchDelayMs ?? 50,
      maxConcurrent: options.maxConcurrent ?? 4,
      maxUrlLength: options.maxUrlLength ?? 2000,
      maxRetries: options.maxRetries ?? 2,
      maxRetryWaitMs: options.maxRetryWaitMs ?? 10_000,
      now: options.now ?? Date.now,
    };
    this.#storage = options.storage === undefined ? defaultStorage() : options.storage;
  }

  /** A study: from the cache when there is a copy (fresh, or stale for the caller to refresh), else fetched. */
  async get(id: NctId, options: GetOptions = {}): Promise<CachedStudy> {
    const ttl = options.ttlSeconds ?? 3600;
    const cached = ttl > 0 ? this.#cached(id) : undefined;
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

  #cached(id: NctId): Stored | undefined {
    const memory = this.#memory.get(id);
    if (memory) return memory;
    try {
      const raw = this.#storage?.getItem(this.#storageKey(id));
      if (!raw) return undefined;
      const stored = JSON.parse(raw) as Stored;
      const checked = checkStudy(stored.study, id);
      const value = {
        study: checked.study,
        nct: checked.nct,
        retrievedAt: Number(stored.retrievedAt) || 0,
      };
      this.#memory.set(id, value);
      return value;
    } catch {
      return undefined;
    }
  }

  #remember(id: NctId, value: Stored): void {
    this.#memory.set(id, value);
    if (!this.#storage) return;
    // Serialising is slow for large records: write after the cards waiting for them have rendered.
    this.#unsaved.set(id, value);
    if (this.#saveTimer === undefined) this.#saveTimer = setTimeout(() => this.#save(), 0);
  }

  /** Writes one study per task, so that a large batch never blocks the page for long. */
  #save(): void {
    this.#saveTimer = undefined;
    const next = this.#unsaved.entries().next();
    if (next.done) return;
    const [id, value] = next.value;
    this.#unsaved.delete(id);
    const json = JSON.stringify(value);
    // Very large records (hundreds of sites, long results) stay in memory only: the host page's own use of
    // sessionStorage must never run out of room because of the cards.
    if (json.length <= MAX_STORED_CHARACTERS) {
      try {
        this.#storage?.setItem(this.#storageKey(id), json);
      } catch {
        // Full: make room by dropping the cards' older copies, then try once more.
        this.#evict();
        try {
          this.#storage?.setItem(this.#storageKey(id), json);
        } catch {
          // Still full or unavailable: it only costs a request next time.
        }
      }
    }
    if (this.#unsaved.size > 0) this.#saveTimer = setTimeout(() => this.#save(), 0);
  }

  /** Removes every study the cards kept in storage (never anything else of the host page's). */
  #evict(): void {
    const storage = this.#storage as (Storage & { length?: number }) | null | undefined;
    if (!storage || typeof storage.key !== 'function') return;
    const ours: string[] = [];
    for (let i = 0; i < (storage.length ?? 0); i++) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) ours.push(key);
    }
    for (const key of ours) storage.removeItem(key);
  }

  #storageKey(id: NctId): string {
    return `${STORAGE_PREFIX}${this.#base}:${id}`;
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
    try {
      const body = await this.#request(url, signal);
      const retrievedAt = this.#options.now();
      if (single) {
        const { study, nct } = checkStudy(body, first.id);
        this.#settle(first, { study, nct, retrievedAt });
        return;
      }
      const studies = (body as { studies?: unknown } | null)?.studies;
      if (!Array.isArray(studies))
        throw new RegistryError('parse', 'The registry sent no list of studies.');
      const byId = new Map<NctId, Stored>();
      for (const item of studies) {
        const ids = idsOf(item);
        if (!ids) continue;
        const stored = { study: item as Study, nct: ids.nct, retrievedAt };
        for (const id of [ids.nct, ...ids.aliases]) byId.set(id, stored);
      }
      // Hand the studies out a few per task: each card renders when its study is handed over, and a page of
      // many cards stays responsive instead of rendering all of them in one long task.
      for (let i = 0; i < batch.flights.length; i += SETTLE_PER_TASK) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
        for (const flight of batch.flights.slice(i, i + SETTLE_PER_TASK)) {
          const stored = byId.get(flight.id);
          if (stored) this.#settle(flight, stored);
          else
            this.#fail(
              flight,
              new RegistryError('not-found', 'The registry has no such study.', { status: 404 }),
            );
        }
      }
    } catch (error) {
      for (const flight of batch.flights) this.#fail(flight, error);
    }
  }

  #settle(flight: Flight, stored: Stored): void {
    if (flight.keep) this.#remember(flight.id, stored);
    if (this.#flights.get(flight.id) === flight) this.#flights.delete(flight.id);
    for (const waiter of [...flight.waiters]) waiter.resolve(stored);
  }

  #fail(flight: Flight, error: unknown): void {
    if (this.#flights.get(flight.id) === flight) this.#flights.delete(flight.id);
    for (const waiter of [...flight.waiters]) waiter.reject(error);
  }

  /** One GET within the concurrency limit, retrying `429`/`503` after `Retry-After` a bounded number of times. */
  async #request(url: string, signal: AbortSignal): Promise<unknown> {
    await this.#acquire(signal);
    try {
      for (let attempt = 0; ; attempt++) {
        await this.#holdBack(signal);
        try {
          this.requests++;
          return await getJson(url, {
            signal,
            ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
          });
        } catch (error) {
          const status = error instanceof RegistryError ? error.status : undefined;
          if ((status !== 429 && status !== 503) || attempt >= this.#options.maxRetries)
            throw error;
          const after = (error as RegistryError).details.retryAfterSeconds;
          const wait = after === undefined ? 1000 * 2 ** attempt : after * 1000;
          if (wait > this.#options.maxRetryWaitMs) throw error;
          this.#holdUntil = Math.max(this.#holdUntil, this.#options.now() + wait);
        }
      }
    } finally {
      this.#release();
    }
  }

  async #holdBack(signal: AbortSignal): Promise<void> {
    const wait = this.#holdUntil - this.#options.now();
    if (wait > 0) await sleep(wait, signal);
  }

  async #acquire(signal: AbortSignal): Promise<void> {
    while (this.#active >= this.#options.maxConcurrent) {
      await new Promise<void>((resolve) => this.#slots.push(resolve));
      if (signal.aborted) {
        // Nobody waits for this request any more: pass the free slot on.
        this.#slots.shift()?.();
        throw signal.reason;
      }
    }
    this.#active++;
  }

  #release(): void {
    this.#active--;
    this.#slots.shift()?.();
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function defaultStorage(): SharedClientOptions['storage'] {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Some privacy settings make touching sessionStorage throw.
    return null;
  }
}

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
