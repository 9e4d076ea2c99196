/**
 * Country names in the card's language. The registry writes countries in English ("United States",
 * "Germany"); a card in another language shows them in its own words where the browser knows the country
 * (`Intl.DisplayNames`), and as the registry wrote them otherwise. No names are shipped: the English names of
 * every region code are read from the browser once, and the registry's few spellings of its own map to codes.
 */
import { own } from '../lookup.js';

let byEnglishName: Map<string, string> | undefined;

/** Names compared without case, `&` read as `and` and a curly apostrophe as a straight one. */
const key = (name: string) => name.toLowerCase().replace(/&/g, 'and').replace(/’/g, "'");

/**
 * The registry's own spellings that the browser's English region names write otherwise ("South Korea",
 * "Russia", "Türkiye"; reading round 15 found the first and the last on cards), each with its region code.
 */
const REGISTRY_NAMES: Readonly<Record<string, string>> = {
  'korea, republic of': 'KR',
  "korea, democratic people's republic of": 'KP',
  'russian federation': 'RU',
  turkey: 'TR',
  'turkey (türkiye)': 'TR',
  'iran, islamic republic of': 'IR',
  'moldova, republic of': 'MD',
  'syrian arab republic': 'SY',
  "lao people's democratic republic": 'LA',
  'congo, the democratic republic of the': 'CD',
  'czech republic': 'CZ',
};

function regionCodes(): Map<string, string> {
  if (byEnglishName) return byEnglishName;
  byEnglishName = new Map();
  if (typeof Intl.DisplayNames !== 'function') return byEnglishName;
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const A = 65;
  for (let first = 0; first < 26; first++)
    for (let second = 0; second < 26; second++) {
      const code = String.fromCharCode(A + first, A + second);
      try {
        const name = english.of(code);
        if (name && name !== code) byEnglishName.set(key(name), code);
      } catch {
        // Not a region code this browser accepts.
      }
    }
  return byEnglishName;
}

/** One region-name formatter per locale (a sites filter asks for every country on every render). */
const namers = new Map<string, Intl.DisplayNames | null>();

function namer(locale: string): Intl.DisplayNames | null {
  let found = namers.get(locale);
  if (found === undefined) {
    try {
      found = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      found = null;
    }
    namers.set(locale, found);
  }
  return found;
}

/** `name` (as the registry writes it, in English) in the language of `locale`; itself when unknown. */
export function countryName(name: string, locale: string): string {
  if (/^en\b/i.test(locale)) return name;
  const code = own(REGISTRY_NAMES, key(name)) ?? regionCodes().get(key(name));
  return (code && namer(locale)?.of(code)) || name;
}
