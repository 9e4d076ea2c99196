/**
 * Printing: while the page prints (or print is emulated), every disclosure shows its content and a lazy card
 * that has not loaded yet loads for the printout.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  #query: MediaQueryList | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPrint: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#query) return;
    this.#query = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.#query?.addEventListener('change', this.#onChange);
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
    this.#query = undefined;
  }

  #set(printing: boolean): void {
    this.printing = printing;
    if (printing) this.onPrint();
    this.host.requestUpdate();
  }

  #before = () => this.#set(true);
  #after = () => this.#set(false);
  #onChange = (event: MediaQueryListEvent) => this.#set(event.matches);
}
