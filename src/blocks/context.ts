/**
 * What every block's render function is given: the words and formatters of the card's language, the clock,
 * and the element's shared pieces (headings at the card's level, disclosures that build their content when
 * opened, the one path for registry markup). Blocks are functions of this context and the view model; state
 * with a lifecycle lives in controllers (`src/controllers/`), passed to the blocks that need it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { heading, type HeadingOptions } from '../headings.js';
import { formatters, type Formatters, type Strings } from '../i18n/index.js';
import { lazy, waitingFor, type LazyName } from '../lazy.js';
import { cut } from '../markup-cut.js';
import { plainMarkup } from '../markup-plain.js';
import type { StudyResponse } from '../registry/client.js';
import type { CachedStudy } from '../registry/shared.js';
import { firstScreenOf, type FirstScreenView } from '../view-model/first-screen.js';
import type { StudyView } from '../view-model/study.js';

/**
 * A study as the card shows it: the registry's answer, the first screen's view model and when it was
 * retrieved. The blocks below the first screen read it whole (`Whole`), completed with their code.
 */
export interface Loaded extends StudyResponse {
  view: FirstScreenView;
  retrievedAt: Date;
}

/** A study with its whole view model, as the blocks below the first screen read it. */
export interface Whole extends Loaded {
  view: StudyView;
}

/** A study from the registry client as the card shows it, its view model read at `now`. */
export function loadedOf(found: CachedStudy, now: Date): Loaded {
  return {
    nct: found.nct,
    requestedNct: found.requestedNct,
    study: found.study,
    view: firstScreenOf(found.study, found.nct, now),
    retrievedAt: new Date(found.retrievedAt),
  };
}

export interface BlockContext {
  readonly t: Strings;
  readonly f: Formatters;
  /** The card's locale (`en-GB`, `es`). */
  readonly locale: string;
  /** The card's clock (injectable in tests and stories). */
  readonly now: Date;
  /** A heading `offset` levels below the card's title (`heading-level`). */
  h(offset: number, content: unknown, options?: HeadingOptions): TemplateResult;
  /**
   * A disclosure whose content is only built once it is opened (or for print): most readers never open them,
   * and a page of many cards renders faster without them.
   */
  disclosure(
    key: string,
    className: string,
    summary: string,
    content: () => unknown,
  ): TemplateResult;
  /**
   * Registry text through the one sanitising path, cut at the field's registry limit `max`; with the glossary's
   * explanations when `explain`.
   */
  markup(text: string, max: number, explain?: boolean): unknown;
}

/** A BlockContext that also says which lazy modules its blocks asked for and did not have. */
export interface CardContext extends BlockContext {
  readonly missing: Set<LazyName>;
  /** Whether a block's code (or the sign-up form's) or a text's markup pipeline is still on its way (the card
   * is not whole). */
  readonly incomplete: boolean;
}

/**
 * The context for a card writing `t` in `locale`, its title at `headingLevel` (2–6, else 2). Registry text goes
 * through the markup pipeline when it has loaded, else through the plain-paragraph shortcut (the same output);
 * text that needs the pipeline waits for it (`missing`), or, if it cannot load, shows as plain text. Glossary
 * words are explained once the glossary has loaded.
 */
export function blockContext(options: {
  t: Strings;
  locale: string;
  now: Date;
  headingLevel: number;
  disclosure: BlockContext['disclosure'];
}): CardContext {
  const { t, locale, now, disclosure } = options;
  const level = Math.round(Number(options.headingLevel));
  const base = level >= 2 && level <= 6 ? level : 2;
  const glossary = lazy('glossary');
  const definitions = glossary?.definitionsFor(t.lang);
  const missing = new Set<LazyName>();
  return {
    t,
    f: formatters(locale),
    locale,
    now,
    missing,
    get incomplete() {
      return missing.has('blocks') || missing.has('markup') || missing.has('signupForm');
    },
    h: (offset, content, headingOptions) => heading(base + offset, content, headingOptions),
    disclosure,
    markup: (text, max, explain) => {
      if (explain && !glossary) missing.add('glossary');
      const limit = { max, continues: t.summary.continues };
      const words = explain ? definitions : undefined;
      const out =
        lazy('markup')?.renderMarkup(text, words, limit) ?? plainMarkup(text, words, limit);
      if (out !== undefined) return unsafeHTML(out);
      if (waitingFor('markup')) {
        missing.add('markup');
        return nothing;
      }
      // The pipeline could not be loaded: the words as text, safe and readable.
      return html`<p>${cut(text, max) ?? text}</p>`;
    },
  };
}
