/**
 * The one place registry markup becomes HTML: CommonMark through `micromark` (chosen by measurement: it
 * matches the commonmark.js reference on every fixture field and on the CommonMark spec examples), then a
 * private DOMPurify instance with an allow-list. Its output is the only input the element gives to
 * `unsafeHTML`.
 *
 * - micromark's safe defaults already show raw HTML as text and drop unsafe link protocols;
 * - headings become bold paragraphs (registry "headings" must not break the host page's outline);
 * - images become their alt text: the card loads nothing but the registry;
 * - links keep only http(s), mailto and tel URLs and open in a new tab without opener or referrer;
 * - with a glossary, words it explains become buttons that show their definition in place. They are added
 *   after sanitising, as elements with text content only, never inside a link or code.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { micromark } from 'micromark';

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

// These patterns read micromark's own, regular output; whatever they miss is still sanitised below.
const HEADING = /<h([1-6])>([\s\S]*?)<\/h\1>/g;
const IMAGE = /<img src="[^"]*" alt="([^"]*)"(?: title="[^"]*")? \/>/g;

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

/** CommonMark to HTML, before sanitising (exported for the reference comparison in tests). */
export function commonMarkToHtml(markdown: string): string {
  return micromark(markdown);
}

/** What `renderMarkup` needs to explain words: where terms are, and what they mean. */
export interface Definitions {
  /** A key for the cache: the same key must mean the same definitions. */
  key: string;
  find(text: string): { start: number; end: number; id: string }[];
  define(id: string): { text: string; lang: string } | undefined;
}

/** Rendered markup is kept: a card re-renders on every filter keystroke, and the same texts recur. */
const CACHE_MAX = 200;
const cache = new Map<string, string>();

/** Renders registry CommonMark to sanitised HTML, each glossary word explained once per text. */
export function renderMarkup(markdown: string, definitions?: Definitions): string {
  const key = `${definitions?.key ?? ''}\u0000${markdown}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = commonMarkToHtml(markdown)
    .replace(HEADING, '<p><strong>$2</strong></p>')
    .replace(IMAGE, '$1');
  const out = definitions ? explain(html, definitions) : sanitize(html);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, out);
  return out;
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
    for (const match of definitions.find(value)) {
      if (seen.has(match.id)) continue;
      const definition = definitions.define(match.id);
      if (!definition) continue;
      seen.add(match.id);
      parts.push(doc.createTextNode(value.slice(at, match.start)));
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'term';
      button.setAttribute('aria-expanded', 'false');
      button.textContent = value.slice(match.start, match.end);
      const text = doc.createElement('span');
      text.className = 'definition';
      text.lang = definition.lang;
      text.hidden = true;
      text.textContent = definition.text;
      parts.push(button, text);
      at = match.end;
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
