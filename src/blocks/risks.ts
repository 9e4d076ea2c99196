/**
 * "What this could mean": what is tested, what it is compared with, what every group gets and what only
 * measures, apart; facts about the study; what it could lead to; what could go wrong (with results at a glance);
 * papers the record lists with its results; how far to trust the record.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters, Strings } from '../i18n/index.js';
import { own, shortList } from '../i18n/statements.js';
import { factText, riskText, trustText } from '../i18n/meaning-statements.js';
import { LIMITS } from '../registry/limits.js';
import { glanceOf, type Glance } from '../view-model/glance.js';
import { FIELD } from '../view-model/plain.js';
import { meaningOf } from '../view-model/meaning.js';
import type { InterventionView, Paper, RiskNote } from '../view-model/study.js';
import type { BlockContext, Whole } from './context.js';
import { renderGlance } from './glance.js';
import { renderOwnWords } from './own-words.js';
import { externalLink, humanise, markFor, withLang } from './shared.js';

/** Intervention types that are a substance; for the others the block asks "what is being tested". */
const SUBSTANCES = new Set([
  'DRUG',
  'BIOLOGICAL',
  'GENETIC',
  'DIETARY_SUPPLEMENT',
  'COMBINATION_PRODUCT',
]);

const ROLE_SOURCES = [
  FIELD.interventionNames,
  FIELD.interventionTypes,
  FIELD.interventionArms,
  FIELD.armTypes,
].join(' ');

export function renderRisks(c: BlockContext, loaded: Whole): TemplateResult | typeof nothing {
  const { t, f } = c;
  const { interventions, facts, outlook, risks, trust, tense, population, papers } = meaningOf(
    loaded.view,
  );
  if (interventions.length === 0 && facts.length === 0 && !outlook && risks.length === 0)
    return nothing;
  const glance = glanceOf(risks);
  const observational = loaded.view.header.studyType === 'OBSERVATIONAL';
  const byRole = (...roles: InterventionView['role'][]) =>
    interventions.filter((i) => observational || roles.includes(i.role));
  const tested = observational ? interventions : byRole('tested');
  const substances = tested.every((i) => SUBSTANCES.has(i.type ?? ''));
  const mark = markFor(t);
  const short = (items: string[]) => shortList(items.map(mark), t, f);
  const or = (items: string[]) => shortList(items.map(mark), t, f, true);
  const sources = [
    ...facts.flatMap((x) => x.sources),
    ...(outlook?.sources ?? []),
    ...risks.flatMap((x) => x.sources),
    ...trust.flatMap((x) => x.sources),
  ];
  const group = (list: InterventionView[], heading: string, typed = true) =>
    renderInterventions(c, list, heading, typed);
  return html`<section part="risks" class="block" aria-labelledby="risks-heading">
    ${c.h(1, t.meaning.heading, { id: 'risks-heading' })}
    <p class="muted">${t.meaning.intro}</p>
    ${group(
      tested,
      observational
        ? t.meaning.observed(tense)
        : substances && tested.length > 0
          ? t.meaning.substance
          : t.meaning.tested(tense),
    )}
    ${observational ? nothing : group(byRole('compared', 'dummy'), t.meaning.compared(tense))}
    ${observational ? nothing : group(byRole('everyone'), t.meaning.everyone(tense))}
    ${observational ? nothing : group(byRole('measures'), t.meaning.measures, false)}
    ${
      facts.length > 0
        ? html`${c.h(2, t.meaning.about)}
            <ul class="facts-list">
              ${facts.map((fact) => html`<li data-source=${fact.sources.join(' ')}>${withLang(factText(fact, t, f, short, mark, or))}</li>`)}
            </ul>
            ${
              population
                ? html`<figure class="quote" data-source=${FIELD.studyPopulation}>
                    <figcaption>${t.facts.observedPopulation}</figcaption>
                    <blockquote class="markup" lang="en">
                      ${c.markup(population, LIMITS.studyPopulation)}
                    </blockquote>
                  </figure>`
                : nothing
            }`
        : nothing
    }
    ${
      outlook
        ? html`${c.h(2, t.meaning.leadTo)}
            <p data-source=${outlook.sources.join(' ')}>
              ${withLang(t.outlook({ ...outlook, conditions: short(outlook.conditions), ...phaseNameOf(outlook.phases, t) }))}
            </p>`
        : nothing
    }
    ${c.h(2, t.meaning.goWrong)}
    ${
      risks.length === 0
        ? html`<p>${t.meaning.noRisks}</p>`
        : html`<ul class="risks">
            ${risks.map((risk) => renderRisk(risk, t, f, glance))}
          </ul>`
    }
    ${papers.length > 0 ? renderPapers(c, papers) : nothing}
    ${
      trust.length > 0
        ? html`${c.h(2, t.meaning.trust)}
            <ul class="trust">
              ${trust.map((note) => html`<li data-source=${note.sources.join(' ')}>${trustText(note, t, f)}</li>`)}
            </ul>`
        : nothing
    }
    ${t.explanationsReviewed ? nothing : html`<p class="muted small review-note">${t.meaning.reviewNote}</p>`}
    ${renderOwnWords(c, loaded, sources, 'meaning')}
  </section>`;
}

/**
 * One group of interventions (what is tested, compared with, given to all, measuring), or nothing. `typed`:
 * with the record's type in words (not for what only measures: a blood sample typed BIOLOGICAL is not "a
 * biological product such as a vaccine").
 */
function renderInterventions(
  c: BlockContext,
  list: InterventionView[],
  heading: string,
  typed: boolean,
): TemplateResult | typeof nothing {
  if (list.length === 0) return nothing;
  const { t, f } = c;
  return html`${c.h(2, heading)}
    <ul class="plain interventions" role="list">
      ${list.map(
        (i) =>
          html`<li data-source=${ROLE_SOURCES}>
            <strong lang="en">${i.name}</strong>${
              i.type && typed
                ? html` <span class="muted"
                    >(${own(t.interventionType, i.type) ?? humanise(i.type)})</span
                  >`
                : nothing
            }
            ${
              i.otherNames.length > 0
                ? html`<div class="muted">
                    ${t.meaning.otherNames}:
                    <span lang="en">${f.list(i.otherNames)}</span>
                  </div>`
                : nothing
            }
            ${i.description ? html`<div class="markup" lang="en" data-source=${FIELD.interventionDescriptions}>${c.markup(i.description, LIMITS.interventionDescription)}</div>` : nothing}
          </li>`,
      )}
    </ul>`;
}

/** Papers the record lists with its results: ordinary links to PubMed, no request until followed. */
function renderPapers(c: BlockContext, papers: Paper[]): TemplateResult {
  const { t } = c;
  return html`${c.h(2, t.papers.heading)}
    <p class="muted small" data-source=${FIELD.references}>${t.papers.intro}</p>
    <ul class="papers">
      ${papers.map(
        (paper) =>
          html`<li data-source=${FIELD.references}>
            ${paper.citation ? html`<span lang="en">${paper.citation}</span> ` : nothing}
            ${externalLink(`https://pubmed.ncbi.nlm.nih.gov/${paper.pmid}/`, t.papers.link(paper.pmid), t)}
          </li>`,
      )}
    </ul>`;
}

function renderRisk(
  risk: RiskNote,
  t: Strings,
  f: Formatters,
  glance: Glance | undefined,
): TemplateResult | typeof nothing {
  // With a picture, the deaths join the serious events' table: their numbers become its second column.
  if (glance && risk.kind === 'deaths') return nothing;
  if (glance && risk.kind === 'serious-adverse-events') {
    const sources = glance.deaths
      ? [...risk.sources, FIELD.deathsAffected, FIELD.deathsAtRisk]
      : risk.sources;
    return html`<li data-source=${sources.join(' ')}>
      ${riskText(risk, t, f).text} ${renderGlance(glance, t, f)}
    </li>`;
  }
  const { text, quote, items } = riskText(risk, t, f, markFor(t));
  return html`<li data-source=${risk.sources.join(' ')}>
    ${text}
    ${
      quote
        ? html`<figure class="quote">
            <figcaption>${quote.caption}</figcaption>
            <blockquote lang="en">${quote.text}</blockquote>
          </figure>`
        : nothing
    }
    ${
      items
        ? html`<ul>
            ${items.map((item) => html`<li>${withLang(item)}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}

/** The name of a study's single phase, for "This phase 2 study …" (none for NA or two phases). */
function phaseNameOf(phases: string[], t: Strings): { phaseName?: string } {
  const [only, ...rest] = phases;
  const name = only !== undefined && rest.length === 0 ? t.phase[only] : undefined;
  return name !== undefined && only !== 'NA' ? { phaseName: name } : {};
}
