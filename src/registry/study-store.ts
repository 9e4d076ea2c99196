/**
 * The cards' copies of the studies they were sent, per API base: in memory, and in `sessionStorage` (when
 * there is one) so that they outlive a page load. Writes wait until the cards have rendered, one study per
 * task, and never crowd out the host page's own use of storage. No DOM, no Lit.
 */
import { checkStudy } from './client.js';
import type { NctId } from './ids.js';
import type { Study } from './types.js';

/** What the store needs of a `Storage`; `key` and `length` let it make room by dropping its own entries. */
export type StudyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

export interface Stored {
  study: Study;
  nct: NctId;
  retrievedAt: number;
}

const STORAGE_PREFIX = 'trial-summary:v1:';
/** The largest study kept in sessionStorage, in characters of JSON (about 400 kB in UTF-16). */
const MAX_STORED_CHARACTERS = 200_000;

export class StudyStore {
  readonly #base: string;
  readonly #storage: StudyStorage | null;
  readonly #memory = new Map<NctId, Stored>();
  readonly #unsaved = new Map<NctId, Stored>();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** `storage`: `sessionStorage` when there is one if `undefined`, none if `null`. */
  constructor(base: string, storage: StudyStorage | null | undefined) {
    this.#base = base;
    this.#storage = storage === undefined ? defaultStorage() : storage;
  }

  /** The kept copy of a study: from memory, else from storage (checked again, as anything may write there). */
  cached(id: NctId): Stored | undefined {
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

  remember(id: NctId, value: Stored): void {
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
}

function defaultStorage(): StudyStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Some privacy settings make touching sessionStorage throw.
    return null;
  }
}
