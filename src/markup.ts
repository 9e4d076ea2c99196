/**
 * The one place registry markup becomes HTML: CommonMark through `micromark` (chosen by measurement: it
 * matches the commonmark.js reference on every fixture field and on the CommonMark spec examples), then a
 * private DOMPurify instance with an allow-list. Its output is the only input the element gives to
 * `unsafeHTML`.
 *
 * - micromark's safe defaults already show raw HTML as text and drop unsafe link protocols;
 * - headings become bold paragraphs (registry "headings" must not break the host page's outline);
 * - images become their alt text: the card loads nothing but the registry;
 * - links keep only http(s), mailto and tel URLs and open in a new tab without opener or referrer.
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

/** Renders registry CommonMark to sanitised HTML. */
export function renderMarkup(markdown: string): string {
  return sanitize(
    commonMarkToHtml(markdown).replace(HEADING, '<p><strong>$2</strong></p>').replace(IMAGE, '$1'),
  );
}

/** The allow-list: what any HTML becomes before it reaches the page (exported for tests). */
export function sanitize(html: string): string {
  return purify().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URL,
    // An ordered list's start number is not a URL.
    ADD_URI_SAFE_ATTR: ['start'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
