/**
 * Every sentence, label and caption the card writes itself about a study, built with the same pure functions
 * the element renders (view model → i18n/statements), for the corpus invariants and the readability checks.
 * Registry text the card shows as it is (summaries, criteria, quotes) is not here: it is the record's.
 */
import { formatters, stringsFor } from '../src/i18n/index.js';
// English below the first screen and the Spanish table register themselves; without these imports
// stringsFor('en') has only the first screen's words and stringsFor('es') is English.
import '../src/i18n/complete.js';
import '../src/languages/es.js';
import { headlineText, joinText, monthOnly, shortList } from '../src/i18n/statements.js';
import { estimateWords, factText, riskText, trustText } from '../src/i18n/meaning-statements.js';
import { OPEN } from '../src/view-model/join.js';
import { meaningOf } from '../src/view-model/meaning.js';
import { glanceOf } from '../src/view-model/glance.js';
import { summarise } from '../src/view-model/sites.js';
import type { StudyView } from '../src/view-model/study.js';

export interface Written {
  /** Where the card writes it. */
  block: string;
  text: string;
}

export function cardSentences(view: StudyView, lang: 'en' | 'es', now: Date): Written[] {
  const t = stringsFor(lang);
  const f = formatters(lang);
  const out: Written[] = [];
  const add = (block: string, text: string | undefined) => {
    if (text) out.push({ block, text });
  };
  const { header } = view;
  const meaning = meaningOf(view);
  add('headline', headlineText(header.headline, t, f));
  add('join', joinText(header.join, t, f));
  if (OPEN.has(header.join.state)) add('join', t.join.means(header.join.manySites));
  if (header.join.expandedAccess) add('join', t.join.expandedAccess);
  const short = (items: string[]) => shortList(items, t, f);
  const or = (items: string[]) => shortList(items, t, f, true);
  for (const fact of meaning.facts)
    add(
      'facts',
      factText(fact, t, f, short, (x) => x, or),
    );
  if (meaning.outlook) {
    const [only, ...rest] = meaning.outlook.phases;
    const phaseName =
      only !== undefined && rest.length === 0 && only !== 'NA' ? t.phase[only] : undefined;
    add(
      'outlook',
      t.outlook({
        ...meaning.outlook,
        conditions: short(meaning.outlook.conditions),
        ...(phaseName ? { phaseName } : {}),
      }),
    );
  }
  const glance = glanceOf(meaning.risks);
  if (glance) add('results', t.risks.glance.caption(glance.deaths));
  for (const note of meaning.risks) {
    const { text, quote, items } = riskText(note, t, f);
    add(`risk ${note.kind}`, text);
    if (quote && note.kind !== 'status') add(`risk ${note.kind} caption`, quote.caption);
    for (const item of items ?? []) add(`risk ${note.kind} item`, item);
  }
  for (const note of meaning.trust) add('trust', trustText(note, t, f));
  if (meaning.papers.length > 0) add('papers', `${t.papers.heading}. ${t.papers.intro}`);
  const open = OPEN.has(header.join.state);
  add('eligibility', open ? t.eligibility.heading : t.eligibility.headingPast);
  if (view.eligibility.criteria) add('eligibility', t.eligibility.criteriaIntro(open));
  const withdrawn = header.join.state === 'withdrawn';
  for (const row of view.dates) {
    if (!row.estimated) continue;
    add(
      'dates',
      `${t.dates[row.kind]}: ${f.partialDate(row.date)} (${estimateWords(row, withdrawn, now, t)})`,
    );
  }
  const sites = view.contacts.sites;
  if (sites.length > 0) {
    const summary = summarise(sites);
    add(
      'sites',
      t.contacts.summary(
        f.number(summary.total),
        summary.total,
        f.number(summary.countries),
        summary.countries,
        OPEN.has(header.join.state) ? f.number(summary.recruiting) : undefined,
        header.join.stale && header.join.asOf
          ? f.partialDate(monthOnly(header.join.asOf))
          : undefined,
      ),
    );
  }
  return out;
}
