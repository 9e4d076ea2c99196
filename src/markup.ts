/**
 * The one place registry markup becomes HTML: the record's text is cut at the registry's limit for its field,
 * bounded (see `bound`), parsed as CommonMark by `marked`, then passed through a private DOMPurify instance
 * with an allow-list. Its output is the only input the element gives to `unsafeHTML`.
 *
 * Why marked (issue 21): micromark, the parser before it, stalled the page for seconds on some text within the
 * registry's limits (32,000 `>` took 6 s, `*a` repeated 2–4 s) and its browser build decoded named character
 * references by assigning `innerHTML`, which throws on pages that require Trusted Types. marked renders the
 * fixtures' markup as the CommonMark reference does, is 10× faster on them, is no larger in the one-script
 * build, and leaves character references for the HTML parser inside DOMPurify (which has its own Trusted
 * Types policy) to decode. What it still does badly — runaway nesting (a call stack overflow) and thousands
 * of emphasis or bracket delimiters in one paragraph (quadratic) — `bound` removes before parsing.
 *
 * - raw HTML is shown as text; headings become bold paragraphs (registry "headings" must not break the host
 *   page's outline); images become their alt text (the card loads nothing but the registry);
 * - links keep only http(s), mailto and tel URLs and open in a new tab without opener or referrer;
 * - with a glossary, words it explains become buttons that show their definition in place. They are added
 *   after sanitising, as elements with text content only, never inside a link or code.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { MARKUP_CEILING } from './registry/limits.js';
import { cachedRender, cut, explained, type Definitions, type Limit } from './markup-cut.js';

export { cut, type Definitions, type Limit } from './markup-cut.js';

const ALLOWED_TAGS = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'a',
  'hr',
];
const ALLOWED_ATTR = ['href', 'start'];
const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;

let purifier: Purifier | undefined;

function purify(): Purifier {
  if (purifier) return purifier;
  // A private instance: hooks set here must not change a DOMPurify the host page uses.
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (!SAFE_URL.test(node.getAttribute('href') ?? '')) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

let parser: Marked | undefined;

function markdown(): Marked {
  if (parser) return parser;
  // CommonMark without GitHub's extensions (no tables, strikethrough or bare-URL links, as the registry).
  parser = new Marked({ gfm: false, breaks: false, async: false });
  parser.use({
    renderer: {
      // Raw HTML, block or inline, is shown as text.
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      heading({ tokens }: Tokens.Heading) {
        return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
      },
      image({ tokens, text }: Tokens.Image) {
        return escapeHtml(
          tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text,
        );
      },
    },
  });
  return parser;
}

/**
 * Containers (block quotes and list items) deeper than this on one line are dropped (their content kept):
 * each level costs the parser a nested call, and tens of thousands of them overflow the call stack.
 */
const MAX_DEPTH = 12;
/** Leading indentation is clamped at this many columns (deep lists written by indentation alone). */
const MAX_INDENT = 2 * MAX_DEPTH;
/**
 * A paragraph with more delimiters of one family than this (emphasis `*` `_`, brackets `[` `]`, code
 * backticks, angle brackets) shows them all as literal text: resolving them is quadratic in their number.
 * Real records have a handful; the fixtures at most 60 in one paragraph.
 */
const MAX_DELIMITERS = 200;

const FAMILIES = [/[*_]/g, /[[\]]/g, /`/g, /</g];
const CONTAINER = /^(?: {0,3}>|[ \t]*(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/;

/** Splits a line into its container prefix (block quote and list markers, at most MAX_DEPTH) and its text. */
function containers(line: string): [string, string] {
  let prefix = '';
  let rest = clampIndent(line);
  let depth = 0;
  for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
    if (depth++ < MAX_DEPTH) prefix += m[0];
    rest = rest.slice(m[0].length);
  }
  if (depth > MAX_DEPTH) rest = rest.trimStart();
  return [prefix, clampIndent(rest)];
}

/** `text` with its leading spaces and tabs cut to MAX_INDENT columns. */
function clampIndent(text: string): string {
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  let columns = 0;
  for (const c of indent) columns += c === '\t' ? 4 - (columns % 4) : 1;
  return columns > MAX_INDENT ? ' '.repeat(MAX_INDENT) + text.slice(indent.length) : text;
}

/** Backslash-escapes every character of `family` in `text` that is not already escaped. */
function escapeFamily(text: string, family: RegExp): string {
  // A backslash and the character after it stay as they are; any other character of the family is escaped.
  return text.replace(/\\[\s\S]|[\s\S]/g, (c) => {
    family.lastIndex = 0;
    return c.length === 1 && family.test(c) ? `\\${c}` : c;
  });
}

/**
 * Makes any text cheap to parse: no line nests containers deeper than MAX_DEPTH, and no paragraph holds more
 * than MAX_DELIMITERS unescaped delimiters of one family (beyond that, that family is shown as typed).
 * Text within those bounds — every fixture — is returned unchanged.
 */
export function bound(text: string): string {
  const lines = text.split('\n').map(containers);
  const out: string[] = [];
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && (lines[end]?.[1] ?? '').trim() !== '') end++;
    if (end === start) end++;
    const block = lines.slice(start, end);
    for (const family of FAMILIES) {
      let count = 0;
      for (const [, rest] of block) count += rest.match(family)?.length ?? 0;
      if (count > MAX_DELIMITERS) {
        for (const line of block) line[1] = escapeFamily(line[1], family);
      }
    }
    for (const [prefix, rest] of block) out.push(prefix + rest);
    start = end;
  }
  return out.join('\n');
}

/** CommonMark to HTML, before sanitising (exported for the reference comparison in tests). */
export function commonMarkToHtml(text: string): string {
  return markdown().parse(bound(text)) as string;
}

/**
 * Renders registry CommonMark to sanitised HTML, each glossary word explained once per text. Text beyond
 * `limit.max` (else beyond the largest limit of any field) is not parsed: the card shows an ellipsis and
 * `limit.continues` instead.
 */
export function renderMarkup(text: string, definitions?: Definitions, limit?: Limit): string {
  return (
    cachedRender('markup', text, definitions, limit, () => {
      const shortened = cut(text, limit?.max ?? MARKUP_CEILING);
      const html = commonMarkToHtml(shortened ?? text);
      let out = definitions ? explain(html, definitions) : sanitize(html);
      if (shortened !== undefined && limit)
        out += sanitize(`<p><em>${escapeHtml(limit.continues)}</em></p>`);
      return out;
    }) ?? ''
  );
}

/** Elements whose text is never explained: a link is already a control, code is verbatim. */
const NOT_EXPLAINED = 'a, code, pre';

function explain(html: string, definitions: Definitions): string {
  const fragment = purify().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  const doc = fragment.ownerDocument;
  const walker = doc.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NOT_EXPLAINED)) texts.push(node as Text);
  }
  const seen = new Set<string>();
  for (const node of texts) {
    const value = node.data;
    const parts: Node[] = [];
    let at = 0;
    for (const { start, end, definition } of explained(value, definitions, seen)) {
      parts.push(doc.createTextNode(value.slice(at, start)));
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'term';
      button.setAttribute('aria-expanded', 'false');
      button.textContent = value.slice(start, end);
      const text = doc.createElement('span');
      text.className = 'definition';
      text.lang = definition.lang;
      text.hidden = true;
      text.textContent = definition.text;
      parts.push(button, text);
      at = end;
    }
    if (parts.length === 0) continue;
    parts.push(doc.createTextNode(value.slice(at)));
    node.replaceWith(...parts);
  }
  const holder = doc.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  // An ordered list's start number is not a URL.
  ADD_URI_SAFE_ATTR: ['start'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** The allow-list: what any HTML becomes before it reaches the page (exported for tests). */
export function sanitize(html: string): string {
  return purify().sanitize(html, CONFIG);
}
