/**
 * Country names in the card's language. The registry writes countries in English ("United States",
 * "Germany"); a card in another language shows them in its own words where the browser knows the country
 * (`Intl.DisplayNames`), and as the registry wrote them otherwise. No data is shipped: the English names of
 * every region code are read from the browser once.
 */
let byEnglishName: Map<string, string> | undefined;

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
        if (name && name !== code) byEnglishName.set(name.toLowerCase(), code);
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
  const code = regionCodes().get(name.toLowerCase());
  return (code && namer(locale)?.of(code)) || name;
}
