/** Handing cards their studies from a batch answer a few per task. No DOM, no Lit: timers only. */
/** Cards given their study per task: each renders when it is given its study. */
const SETTLE_PER_TASK = 4;

/**
 * Gives cards their studies a few per task, in the order they were added, so that a page of many cards stays
 * responsive instead of rendering all of them in one long task.
 */
export class HandOut<Item, Study> {
  readonly #give: (item: Item, study: Study | undefined) => void;
  readonly #due: [Item, Study | undefined][] = [];
  #running: Promise<void> | undefined;

  constructor(give: (item: Item, study: Study | undefined) => void) {
    this.#give = give;
  }

  /** `study`: the one asked for; none: it is not in the answer. */
  add(item: Item, study: Study | undefined): void {
    this.#due.push([item, study]);
    this.#running ??= this.#run();
  }

  /** Settles when everything added so far has been given. */
  get done(): Promise<void> {
    return this.#running ?? Promise.resolve();
  }

  async #run(): Promise<void> {
    // Whatever is added during a task waits for the next one, even when this one gave fewer than its share.
    while (this.#due.length > 0) {
      for (const [item, study] of this.#due.splice(0, SETTLE_PER_TASK)) this.#give(item, study);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.#running = undefined;
  }
}
