/**
 * Lazy loading: whether a card may fetch yet. `loading="eager"` may at once; a lazy card waits until it comes
 * within about a screen of the viewport (or the page is printed).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport a lazy card starts fetching. */
const LAZY_MARGIN = '800px 0px';

export class ViewportController implements ReactiveController {
  /** The card has come near the viewport (or no observer can tell). */
  near = false;
  #observer: IntersectionObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { loading: string }) {
    host.addController(this);
  }

  get ready(): boolean {
    return this.host.loading === 'eager' || this.near;
  }

  /** Fetch now whatever the viewport says (printing). */
  force(): void {
    if (this.near) return;
    this.near = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Starts watching, unless the card may already fetch. */
  watch(): void {
    if (this.ready || this.#observer || !this.host.isConnected) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.force();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.hostDisconnected();
        this.force();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this.host);
  }
}
