/**
 * A card shown from a stale copy (older than `cache-ttl`) fetches a fresh one and swaps it in quietly: what
 * the reader typed, filtered or opened stays, and no new load event fires. The fetch is dropped when the card
 * leaves the page or shows another study.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NctId } from '../registry/ids.js';
import type { CachedStudy, SharedRegistryClient } from '../registry/shared.js';

export class RefreshController<T> implements ReactiveController {
  /** The fresher copy, once it came. */
  fresh: T | undefined;
  #abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the card still shows study `id` (else the fresh copy is dropped). */
    private readonly stillShows: (id: NctId) => boolean,
    private readonly toShown: (found: CachedStudy) => T,
  ) {
    host.addController(this);
  }

  start(client: SharedRegistryClient, id: NctId, timeoutMs: number, ttlSeconds: number): void {
    this.#abort?.abort();
    const controller = new AbortController();
    this.#abort = controller;
    client
      .refresh(id, { signal: controller.signal, timeoutMs, ttlSeconds })
      .then((found) => {
        if (controller.signal.aborted || !this.stillShows(id)) return;
        this.fresh = this.toShown(found);
        this.host.requestUpdate();
      })
      .catch(() => {
        // The stale copy stays, with its "retrieved" time; the next load tries again.
      });
  }

  /** Another study (or an error): drop the fresh copy, and with `abort` the fetch on its way. */
  clear(abort = false): void {
    this.fresh = undefined;
    if (abort) this.#abort?.abort();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }
}
