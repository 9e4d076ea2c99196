/**
 * Media-wide rules that belong to no single block: print (no controls, links with their addresses, blocks
 * kept whole). Last in the composed styles, so they win over the blocks' rules of equal specificity. Media
 * rules of one block live beside it (forced colours in glance and timeline, reduced motion in states).
 */
import { css } from 'lit';

export const media = css`
  @media print {
    .base,
    .base.compact {
      border: 0;
      padding: 0;
      height: auto;
      overflow: visible;
    }
    /* No controls on paper; what they hide is printed instead (glossary words stay: they are the text). */
    button:not(.term),
    form,
    .pager,
    .compact-actions,
    .skeleton {
      display: none !important;
    }
    details > summary {
      list-style: none;
      color: inherit;
    }
    /* Links print with where they go. */
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .block {
      break-inside: avoid-page;
    }
  }
`;
