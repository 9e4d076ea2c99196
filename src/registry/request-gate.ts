/**
 * Politeness towards one API base: a few requests in flight at once; `429` and `503` are retried after
 * `Retry-After` (or a short backoff) a bounded number of times, and hold the base's other requests back
 * meanwhile. No DOM, no Lit: `fetch` and timers.
 */
import { getJson } from './client.js';
import { RegistryError } from './errors.js';

export interface GateOptions {
  fetch: typeof fetch | undefined;
  maxConcurrent: number;
  maxRetries: number;
  maxRetryWaitMs: number;
  now: () => number;
}

export class RequestGate {
  readonly #options: GateOptions;
  /** Called for every request sent, retries included. */
  readonly #onSend: () => void;
  #active = 0;
  readonly #slots: (() => void)[] = [];
  #holdUntil = 0;

  constructor(options: GateOptions, onSend: () => void) {
    this.#options = options;
    this.#onSend = onSend;
  }

  /** One GET within the concurrency limit, retrying `429`/`503` after `Retry-After` a bounded number of times. */
  async request(
    url: string,
    signal: AbortSignal,
    read?: (response: Response) => Promise<unknown>,
  ): Promise<unknown> {
    await this.#acquire(signal);
    try {
      for (let attempt = 0; ; attempt++) {
        await this.#holdBack(signal);
        try {
          this.#onSend();
          return await getJson(url, {
            signal,
            ...(read ? { read } : {}),
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
