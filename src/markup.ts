/**
 * The one place registry markup becomes HTML: CommonMark through `marked`, then DOMPurify with an allow-list.
 * Its output is the only input the element gives to `unsafeHTML`.
 *
 * - Headings become bold paragraphs (registry "headings" must not break the host page's outline).
 * - Images become their alt text: the card loads nothing but the registry.
 * - Links keep only http(s), mailto and tel URLs and open in a new tab without an opener or referrer.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked, type Tokens } from 'marked';

const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'pre', 'blockquote', 'a', 'hr'];
const ALLOWED_ATTR = ['href', 'start'];
const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;

/** The library's options: plain CommonMark (no GFM tables, autolinks or strikethrough). */
export const MARKDOWN_OPTIONS = { async: false, gfm: false } as const;

const marked = new Marked({
  ...MARKDOWN_OPTIONS,
  renderer: {
    heading({ tokens }: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
    image({ text }: Tokens.Image) {
      return escapeText(text);
    },
    html({ text }: Tokens.HTML | Tokens.Tag) {
      // Raw HTML in a record is shown as text, never interpreted.
      return escapeText(text);
    },
  },
});

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

/** Renders registry CommonMark to sanitised HTML. */
export function renderMarkup(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return purify().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URL,
    ADD_URI_SAFE_ATTR: ['start'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
