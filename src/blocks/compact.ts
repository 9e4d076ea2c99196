/** `layout="card"`: headline, status, phase, the join answer, one paragraph and a way to expand, in a fixed height. */
import { html, nothing, type TemplateResult } from 'lit';
import { markdownToText } from '../view-model/readability.js';
import type { BlockContext, Loaded } from './context.js';
import { renderJoin } from './join.js';
import { headerWords, headline, recordLink, statusDate, withLang } from './shared.js';

export function renderCompact(c: BlockContext, loaded: Loaded, expand: () => void): TemplateResult {
  const { t, f } = c;
  const h = loaded.view.header;
  const generated = headline(h.headline, t, f);
  const title = generated ? withLang(generated) : html`<span lang="en">${h.title}</span>`;
  const { status, phase } = headerWords(h, t);
  const paragraph = firstParagraph(loaded.view.summary.brief);
  return html`<article class="card compact" aria-labelledby="title">
    ${c.h(0, title, { id: 'title', className: 'title', focusable: true, source: h.headline.sources.join(' ') })}
    <p class="compact-facts">
      ${status ? html`<span class="badge" data-status=${h.status ?? ''}>${status}</span>${statusDate(h, t, f)}` : nothing}
      ${phase ? html`<span>${phase}</span>` : nothing}
      <span class="nct">${h.nct}</span>
    </p>
    ${renderJoin(h.join, t, f)}
    ${paragraph ? html`<p class="compact-summary" part="summary" lang="en">${paragraph}</p>` : nothing}
    <div class="compact-actions">
      <button type="button" class="button secondary expand" aria-expanded="false" @click=${expand}>
        ${t.layout.expand}
      </button>
    </div>
    <p class="compact-source small muted" part="disclaimer">
      ${t.disclaimer.source}. ${recordLink(loaded.nct, t.disclaimer.link, t)}
    </p>
  </article>`;
}

/** The first paragraph of registry markup, as plain text. */
function firstParagraph(markdown: string | undefined): string | undefined {
  if (!markdown) return undefined;
  const first = markdown.split(/\n\s*\n/)[0] ?? '';
  return markdownToText(first).replace(/\s+/g, ' ').trim() || undefined;
}
