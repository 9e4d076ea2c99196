/**
 * Whether a card is far from the viewport: such a card skips layout and paint until it comes near (the
 * `far` class, `content-visibility: auto` in base.ts). Watched for as long as the card is on the page; a card
 * is near until an observer says otherwise, so a card on screen is never skipped, not even for a frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Farther than this from the viewport counts as far (about two screens). */
const FAR_MARGIN = '200% 0px';

export class DistanceController implements ReactiveController {
  far = false;
  #observer: IntersectionObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        const far = !entries.some((entry) => entry.isIntersecting);
        if (far === this.far) return;
        this.far = far;
        this.host.requestUpdate();
      },
      { rootMargin: FAR_MARGIN },
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.far = false;
  }
}
