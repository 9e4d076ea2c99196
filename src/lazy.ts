/**
 * Code that a card can do without at first paint: the markup pipeline (marked and DOMPurify, for registry text
 * that is not plain paragraphs), the glossary, the blocks below the first screen, the sign-up form (only for
 * cards with `signup-action`), structured data and languages other than English. Each such module provides
 * itself here when it is evaluated (`src/lazy/*.ts`).
 *
 * The one-script build and the package entry import them all up front (`src/index.ts`), so every card has them
 * synchronously, as before. The CDN build's entry (`src/cdn.ts`) imports none of them and sets loaders instead:
 * a card asks for a module when it needs it, renders what it can meanwhile, and re-renders when it arrives.
 * Whichever way the code came, a card ends with the same DOM.
 */
import type { renderMarkup } from './markup.js';
import type { definitionsFor } from './glossary/definitions.js';
import type { findTerms, glossaryReviewed } from './glossary/match.js';
import type * as blocks from './lazy/blocks.js';
import type { syncStructuredData } from './controllers/structured-data.js';
import type { SignupController } from './controllers/signup.js';
import type { renderForm } from './blocks/signup-form.js';

export interface LazyModules {
  markup: { renderMarkup: typeof renderMarkup };
  glossary: {
    definitionsFor: typeof definitionsFor;
    findTerms: typeof findTerms;
    glossaryReviewed: typeof glossaryReviewed;
  };
  blocks: typeof blocks.blocks;
  structuredData: { syncStructuredData: typeof syncStructuredData };
  signupForm: { SignupController: typeof SignupController; renderForm: typeof renderForm };
}
export type LazyName = keyof LazyModules;

const provided: Partial<LazyModules> = {};
const loaders: { [K in LazyName]?: () => Promise<unknown> } = {};
/** Languages that can be loaded, by primary subtag (`es`). */
const languageLoaders = new Map<string, () => Promise<unknown>>();
/** Told whenever a module or language arrives (the cards re-render). */
export const arrivals = new Set<() => void>();

/** A module's exports, once it is here. */
export function lazy<K extends LazyName>(name: K): LazyModules[K] | undefined {
  return provided[name];
}

/** Called by each lazy module when it is evaluated (the cards hear of it when its load settles, see `need`). */
export function provide<K extends LazyName>(name: K, module: LazyModules[K]): void {
  provided[name] = module;
}

/** Where the CDN build loads each module and language from. */
export function setLoaders(
  modules: { [K in LazyName]?: () => Promise<unknown> },
  languages: Record<string, () => Promise<unknown>> = {},
): void {
  Object.assign(loaders, modules);
  for (const [lang, load] of Object.entries(languages)) languageLoaders.set(lang, load);
}

/** What became of each load started: on its way, here, or failed (the card goes on without it). */
const states = new Map<string, 'loading' | 'done' | 'failed'>();

/**
 * Starts loading a module or language (`lang:es`), once. Nothing happens where it is already here or no loader
 * is set (the one-script build has everything).
 */
export function need(name: LazyName | `lang:${string}`): void {
  if (states.has(name) || (!name.startsWith('lang:') && provided[name as LazyName])) return;
  const load = name.startsWith('lang:')
    ? languageLoaders.get(name.slice(5))
    : loaders[name as LazyName];
  if (!load) return;
  states.set(name, 'loading');
  const settle = (state: 'done' | 'failed') => {
    states.set(name, state);
    for (const arrived of arrivals) arrived();
  };
  load().then(
    () => settle('done'),
    (error: unknown) => {
      console.warn(`<trial-summary>: could not load ${name}`, error);
      settle('failed');
    },
  );
}

/** Whether a card should wait for `name`: it can be loaded, it is not here yet and it has not failed. */
export function waitingFor(name: LazyName | `lang:${string}`): boolean {
  if (!name.startsWith('lang:') && provided[name as LazyName]) return false;
  const has = name.startsWith('lang:') ? languageLoaders.has(name.slice(5)) : name in loaders;
  return has && states.get(name) !== 'done' && states.get(name) !== 'failed';
}

/** Loads `name` when the page has nothing better to do (soon, where the browser cannot say). */
export function needWhenIdle(name: LazyName): void {
  const load = () => need(name);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
