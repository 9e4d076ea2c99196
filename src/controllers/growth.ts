/**
 * How many blocks the card renders (`undefined`: all). The page's first card, when it is the page's one card,
 * shows its first block at once and one more per task after that, so that no single task builds the whole card:
 * on a slow phone that was one long task while the page was still loading. On a page of many cards each renders
 * whole, so none grows block by block beside others (measured: that could shift what the reader sees).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Blocks the page's first card renders in its first task; the rest follow one per task. */
const FIRST_BLOCKS = 1;
let firstCardShown = false;

export class GrowthController implements ReactiveController {
  /** Blocks rendered so far; `undefined` once the card is whole. */
  shown: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** A study arrived; `blocks` says how many blocks the card shows. */
  start(blocks: () => number): void {
    clearTimeout(this.#timer);
    if (firstCardShown || document.querySelectorAll(this.host.localName).length > 1) {
      this.shown = undefined;
      return;
    }
    firstCardShown = true;
    this.shown = FIRST_BLOCKS;
    const next = () => {
      this.#timer = undefined;
      if (this.shown === undefined) return;
      this.shown += 1;
      if (this.shown >= blocks()) this.shown = undefined;
      this.host.requestUpdate();
      if (this.shown !== undefined) this.#timer = setTimeout(next, 0);
    };
    this.#timer = setTimeout(next, 0);
  }

  /** A card taken off the page mid-way shows everything when it comes back. */
  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.shown !== undefined) {
      this.shown = undefined;
      this.host.requestUpdate();
    }
  }
}
