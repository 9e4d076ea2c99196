/** "Show the registry's own words": the raw record values behind a block's generated sentences. */
import { html, nothing, type TemplateResult } from 'lit';
import { own } from '../i18n/statements.js';
import { ownWords } from '../view-model/provenance.js';
import type { BlockContext, Loaded } from './context.js';

/** Values listed per field before "and N more". */
const OWN_WORDS_MAX = 12;

/** A closed disclosure with the record's values for `sources` (the fields a block's sentences cite). */
export function renderOwnWords(
  c: BlockContext,
  loaded: Loaded,
  sources: string[],
  key: string,
): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  const { t } = c;
  return c.disclosure(`own-words-${key}`, 'own-words', t.meaning.ownWords, () => {
    const words = ownWords(loaded.study, sources);
    return html`<p class="muted small">${t.meaning.ownWordsIntro}</p>
      <dl>
        ${words.map(
          ({ path, values }) =>
            html`<div data-source=${path}>
              <dt title=${path}>${own(t.fields, path) ?? path}</dt>
              <dd lang="en">
                ${values.slice(0, OWN_WORDS_MAX).join(' · ')}${
                  values.length > OWN_WORDS_MAX
                    ? html` <span class="muted"
                        >(${t.meaning.more(values.length - OWN_WORDS_MAX)})</span
                      >`
                    : nothing
                }
              </dd>
            </div>`,
        )}
      </dl>`;
  });
}
