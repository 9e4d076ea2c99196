/**
 * The language a card writes in: its own `lang`, its nearest ancestor's or the document's. One observer for the
 * whole page (as shoelace's LocalizeController does) tells every connected card when a `lang` attribute
 * changes or a language is registered; a card re-renders only if its language or table changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  languageListeners,
  normaliseLocale,
  resolveLanguage,
  type Strings,
} from '../i18n/index.js';
import { need, waitingFor } from '../lazy.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LanguageController>();
let observer: MutationObserver | undefined;
const notify = () => {
  for (const controller of connected) controller.changed();
};

export class LanguageController implements ReactiveController {
  #locale = '';
  #strings: Strings | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The `lang` the page gives the card. */
  get #lang(): string {
    return this.host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  }

  /** The language now, as the page says it. */
  get current(): { locale: string; strings: Strings } {
    return resolveLanguage(this.#lang);
  }

  /**
   * Whether the card's language is on its way (the CDN build loads languages other than English when a page
   * asks for them): the card waits rather than show English first. False once it came or could not come.
   */
  get pending(): boolean {
    const primary = normaliseLocale(this.#lang).toLowerCase().split('-')[0] ?? 'en';
    if (!waitingFor(`lang:${primary}`)) return false;
    need(`lang:${primary}`);
    return true;
  }

  /** The language the card last rendered in (call once per render). */
  resolve(): { locale: string; strings: Strings } {
    const current = this.current;
    this.#locale = current.locale;
    this.#strings = current.strings;
    return current;
  }

  hostConnected(): void {
    connected.add(this);
    if (observer || typeof MutationObserver === 'undefined') return;
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    languageListeners.add(notify);
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size > 0) return;
    observer?.disconnect();
    observer = undefined;
    languageListeners.delete(notify);
  }

  /** A `lang` changed somewhere on the page, or a language was registered: re-render if it matters. */
  changed(): void {
    const { locale, strings } = this.current;
    if (locale !== this.#locale || strings !== this.#strings) this.host.requestUpdate();
  }
}
