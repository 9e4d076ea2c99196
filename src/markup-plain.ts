/**
 * Registry text that is only plain paragraphs — no CommonMark syntax at all, as most registry fields are — needs
 * neither the parser nor the sanitiser: this writes exactly the HTML `renderMarkup` would write for it (a test
 * holds the two to the same output on every text field of the corpus), so the first screen can show it before
 * the markup pipeline has loaded. Anything else returns `undefined` and waits for the pipeline.
 */
import { MARKUP_CEILING } from './registry/limits.js';
import { cachedRender, cut, explained, type Definitions, type Limit } from './markup-cut.js';

/** Characters with a meaning in CommonMark (or in HTML), anywhere in the text. */
const SYNTAX = /[\\`*_[\]<>&#=~|\t\r\f\v\0]/;
/**
 * Lines that would open a list, quote, rule or code block, or whose spaces at either end the parser treats in
 * ways not worth copying (indents, hard breaks): those wait for the pipeline.
 */
const BLOCK_LINE = /^ |^(?:[-+>]|\d{1,9}[.)](?: |$))| $/;

/** Text as the HTML serialiser writes a text node. */
function text(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

/** An attribute value as the HTML serialiser writes it. */
function attribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');
}

/** The paragraphs of plain text; `undefined` when it is not plain. */
function paragraphs(source: string): string[] | undefined {
  if (SYNTAX.test(source)) return undefined;
  const out: string[] = [];
  let lines: string[] = [];
  for (const line of source.split('\n')) {
    if (/^ *$/.test(line)) {
      if (lines.length > 0) out.push(lines.join('\n'));
      lines = [];
      continue;
    }
    if (BLOCK_LINE.test(line)) return undefined;
    lines.push(line);
  }
  if (lines.length > 0) out.push(lines.join('\n'));
  return out;
}

/** One paragraph's text with each glossary word (the first time in the text) explained. */
function explain(value: string, definitions: Definitions | undefined, seen: Set<string>): string {
  if (!definitions) return text(value);
  let out = '';
  let at = 0;
  for (const { start, end, definition } of explained(value, definitions, seen)) {
    out +=
      `${text(value.slice(at, start))}<button type="button" class="term" aria-expanded="false">` +
      `${text(value.slice(start, end))}</button><span class="definition" lang="${attribute(definition.lang)}" hidden="">` +
      `${text(definition.text)}</span>`;
    at = end;
  }
  return out + text(value.slice(at));
}

/** `renderMarkup`'s output for plain text, or `undefined` when the text needs the markup pipeline. */
export function plainMarkup(
  source: string,
  definitions?: Definitions,
  limit?: Limit,
): string | undefined {
  return cachedRender('plain', source, definitions, limit, () => {
    const shortened = cut(source, limit?.max ?? MARKUP_CEILING);
    const found = paragraphs(shortened ?? source);
    if (!found) return undefined;
    const seen = new Set<string>();
    let out = found.map((p) => `<p>${explain(p, definitions, seen)}</p>\n`).join('');
    if (shortened !== undefined && limit) out += `<p><em>${text(limit.continues)}</em></p>`;
    return out;
  });
}
