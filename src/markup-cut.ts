/**
 * What the markup path and its plain-paragraph shortcut share: where registry text is cut, and what explaining
 * words needs. No parser, no DOM.
 */

/** Where to cut a field, and what to say when it was cut. */
export interface Limit {
  /** The registry's limit for the field, in characters. */
  max: number;
  /** Shown after the cut text: "The registry's text continues on ClinicalTrials.gov." */
  continues: string;
}

/**
 * Lines shown of one field at most. Every block costs the page far more than a line of prose (1,000 one-word
 * headings per field took 4× as long as the same length of prose, 300 took 1.3×); the longest field of the
 * 326 recorded studies has 136 lines.
 */
const MAX_LINES = 300;

/**
 * `text` cut at `max` characters or MAX_LINES lines (at a space near the limit when there is one, never
 * inside a surrogate pair), with an ellipsis; `undefined` when it fits.
 */
export function cut(text: string, max: number): string | undefined {
  let end = Math.min(text.length, max);
  let newlines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    if (++newlines === MAX_LINES) {
      end = at;
      break;
    }
  }
  if (end === text.length) return undefined;
  if (end < max) return `${text.slice(0, end).trimEnd()}…`;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(end))) end--;
  const space = text.lastIndexOf(' ', end);
  if (space > max - 80 && space > 0) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** What `renderMarkup` needs to explain words: where terms are, and what they mean. */
export interface Definitions {
  /** A key for the cache: the same key must mean the same definitions. */
  key: string;
  find(text: string): { start: number; end: number; id: string }[];
  define(id: string): { text: string; lang: string } | undefined;
}

/** A glossary word to explain in a text, with its definition. */
export interface Explained {
  start: number;
  end: number;
  definition: { text: string; lang: string };
}

/**
 * The words of `value` to explain: each term only the first time in a text (`seen` is shared by the text's
 * parts), and only where the glossary has a definition for it.
 */
export function explained(value: string, definitions: Definitions, seen: Set<string>): Explained[] {
  const out: Explained[] = [];
  for (const match of definitions.find(value)) {
    if (seen.has(match.id)) continue;
    const definition = definitions.define(match.id);
    if (!definition) continue;
    seen.add(match.id);
    out.push({ start: match.start, end: match.end, definition });
  }
  return out;
}

/** Rendered markup is kept: a card re-renders on every filter keystroke, and the same texts recur. */
const CACHE_MAX = 200;
const rendered = new Map<string, string | undefined>();

/**
 * The HTML for `text` as `render` writes it, kept by text, glossary, limit and `path` (which renderer), so that
 * neither the markup pipeline nor the plain-paragraph shortcut does the same text twice.
 */
export function cachedRender(
  path: string,
  text: string,
  definitions: Definitions | undefined,
  limit: Limit | undefined,
  render: () => string | undefined,
): string | undefined {
  const key = `${path}\u0000${definitions?.key ?? ''}\u0000${limit?.max ?? ''}\u0000${limit?.continues ?? ''}\u0000${text}`;
  if (rendered.has(key)) return rendered.get(key);
  const out = render();
  if (rendered.size >= CACHE_MAX) rendered.delete(rendered.keys().next().value ?? '');
  rendered.set(key, out);
  return out;
}
