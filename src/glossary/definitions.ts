/**
 * The glossary as `renderMarkup` uses it: terms found in registry text, defined in the card's language
 * (English where a language has no definition of its own).
 */
import type { Definitions } from '../markup.js';
import { definitionOf, findTerms } from './match.js';

const byLanguage = new Map<string, Definitions>();

/** Definitions for a card writing in `language` (a primary language subtag, e.g. `es`). */
export function definitionsFor(language: string): Definitions {
  const lang = language.toLowerCase().split('-')[0] ?? 'en';
  let definitions = byLanguage.get(lang);
  if (!definitions) {
    definitions = {
      key: `glossary:${lang}`,
      find: (text) => findTerms(text),
      define: (id) => definitionOf(id, lang),
    };
    byLanguage.set(lang, definitions);
  }
  return definitions;
}
