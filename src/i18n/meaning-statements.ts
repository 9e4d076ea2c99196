/**
 * Sentences for the blocks below the first screen: facts, risk notes, trust notes, ages and estimated dates
 * (see statements.ts for the first screen's). Pure.
 */
import { latestTime } from '../view-model/dates.js';
import type { DateRow } from '../view-model/study.js';
import { OPEN } from '../view-model/join.js';
import type { Fact, GroupShare, Intervention, RiskNote, TrustNote } from '../view-model/plain.js';
import type { Formatters, Strings } from './index.js';

import { monthOnly, own } from './statements.js';

const AGE = /^(\d+)\s+(Year|Month|Week|Day|Hour|Minute)s?$/i;

export function age(value: string | undefined, t: Strings, f: Formatters): string | undefined {
  if (value === undefined) return undefined;
  const [, digits, word] = AGE.exec(value) ?? [];
  if (digits === undefined || word === undefined) return value;
  const n = Number(digits);
  const unit = `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}s`;
  return t.facts.age(f.number(n), unit, n);
}

/** The sentences of one fact (one or two). */
export function factText(
  fact: Fact,
  t: Strings,
  f: Formatters,
  shortList: (items: string[]) => string,
  /** Marks record text (`foreign` in a card not in English); leaves it as it is by default. */
  mark: (value: string) => string = (value) => value,
  /** "X or Y": conditions a person needs only one of. Defaults to `shortList`. */
  orList: (items: string[]) => string = shortList,
): string {
  const items = (interventions: Intervention[]) =>
    f.list(
      interventions.map((i) =>
        t.facts.testedItem(
          mark(i.name),
          // "biological product", without its "(such as …)": no brackets inside brackets.
          i.type === undefined
            ? undefined
            : own(t.interventionType, i.type)?.replace(/\s*\(.*\)$/, ''),
        ),
      ),
    );
  switch (fact.kind) {
    case 'tested':
      return t.facts.tested(items(fact.interventions), fact.tense);
    case 'compared':
      return t.facts.compared(
        {
          ...(fact.interventions.length > 0 ? { names: items(fact.interventions) } : {}),
          placebo: fact.placebo,
          sham: fact.sham,
          none: fact.none,
          armless: fact.armless,
        },
        fact.tense,
      );
    case 'dummy-in-tested':
      return t.facts.dummyInTested(fact.tense);
    case 'dummy-mentioned':
      return t.facts.dummyMentioned(fact.placebo, fact.sham);
    case 'everyone':
      return t.facts.everyone(items(fact.interventions), fact.tense);
    case 'measures':
      return t.facts.measures(items(fact.interventions), fact.interventions.length, fact.tense);
    case 'observed':
      return t.facts.observed(
        {
          ...(fact.conditions.length > 0 ? { conditions: orList(fact.conditions) } : {}),
          ...(fact.perspective === undefined ? {} : { perspective: fact.perspective }),
        },
        fact.tense,
      );
    case 'population': {
      const who = t.facts.population({
        about: fact.about,
        join: fact.join,
        some: fact.criteria,
        tense: fact.tense,
        observational: fact.observational,
        ...(fact.conditions.length > 0
          ? { conditions: fact.about ? shortList(fact.conditions) : orList(fact.conditions) }
          : {}),
        ...optionalText(
          'ages',
          t.facts.ages(age(fact.minimumAge, t, f), age(fact.maximumAge, t, f)),
        ),
        ...optionalText('sex', fact.sex === undefined ? undefined : own(t.facts.sex, fact.sex)),
      });
      // "can take part" only while people can still join; otherwise what the rule was.
      const now = OPEN.has(fact.join) && !fact.stale;
      return fact.healthyVolunteers === undefined
        ? who
        : `${who} ${t.facts.healthyVolunteers(
            fact.healthyVolunteers,
            // Open and freshly checked: in the study's tense; open on an old record: what the record says;
            // not open: what the rule was.
            now ? fact.tense : OPEN.has(fact.join) ? 'record' : 'past',
          )}`;
    }
    case 'allocation':
      return t.facts.allocation(fact.allocation, fact.tense) ?? '';
    case 'model':
      return t.facts.model(fact.model, fact.tense) ?? '';
    case 'masking': {
      const who = fact.whoMasked
        .map((w) => own(t.facts.whoMasked, w))
        .filter((w): w is string => w !== undefined);
      return t.facts.masking(fact.masking, who.length > 0 ? f.list(who) : undefined, fact.tense);
    }
    case 'enrollment':
      return t.facts.enrollment(
        f.number(fact.count),
        fact.count,
        fact.estimated,
        fact.retrospective,
        fact.tense,
      );
  }
}

export interface RiskText {
  text: string;
  /** Registry words quoted verbatim, with what they are. */
  quote?: { caption: string; text: string };
  /** Per-group or per-event lines. */
  items?: string[];
}

export function riskText(
  note: RiskNote,
  t: Strings,
  f: Formatters,
  /** Marks record text (`foreign` in a card not in English); leaves it as it is by default. */
  mark: (value: string) => string = (value) => value,
): RiskText {
  const group = (g: GroupShare) =>
    t.risks.group({ ...g, title: mark(g.title) }, f.number, f.percent);
  switch (note.kind) {
    case 'phase':
      return { text: own(t.risks.phase, note.phase) ?? '' };
    case 'status':
      return {
        text: [
          own(t.risks.status, note.status) ?? '',
          note.asOf
            ? t.risks.asOf(f.partialDate(monthOnly(note.asOf)))
            : note.unchecked
              ? t.risks.unchecked
              : '',
        ]
          .filter(Boolean)
          .join(' '),
        ...(note.whyStopped
          ? { quote: { caption: t.risks.whyStopped, text: note.whyStopped } }
          : {}),
      };
    case 'single-arm':
    case 'open-label':
      return { text: t.risks[note.kind](note.tense) };
    case 'placebo':
      return { text: t.risks.placebo(note.placebo, note.sham) };
    case 'small-enrollment':
      return {
        text: t.risks.smallEnrollment(f.number(note.count), note.count, note.estimated, note.tense),
      };
    case 'no-results':
      return { text: t.risks.noResults(note.ended ? f.partialDate(note.ended) : undefined) };
    case 'serious-adverse-events':
      return {
        text: t.risks.seriousIntro(note.interventional),
        items: note.groups.map(group),
        ...timeFrame(note.timeFrame, t),
      };
    case 'deaths':
      return {
        text: t.risks.deathsIntro,
        items: note.groups.map(group),
        ...timeFrame(note.timeFrame, t),
      };
    case 'other-adverse-events':
      return {
        text: t.risks.otherIntro,
        items: note.groups.map(group),
        ...timeFrame(note.timeFrame, t),
      };
    case 'top-serious-events':
      return {
        text: t.risks.topEvents,
        items: note.events.map((e) =>
          t.risks.event(
            { ...e, term: mark(e.term), ...(e.group ? { group: mark(e.group) } : {}) },
            f.number,
          ),
        ),
      };
  }
}

export function trustText(note: TrustNote, t: Strings, f: Formatters): string {
  switch (note.kind) {
    case 'not-verified':
      return t.trust.notVerified(f.partialDate(monthOnly(note.verified)));
    case 'unknown-status':
      return t.trust.unknownStatus(
        note.lastKnownStatus === undefined ? undefined : own(t.status, note.lastKnownStatus),
      );
    case 'results-posted':
      return t.trust.resultsPosted(f.partialDate(note.date));
  }
}

function timeFrame(value: string | undefined, t: Strings): Pick<RiskText, 'quote'> {
  return value === undefined ? {} : { quote: { caption: t.risks.timeFrame, text: value } };
}

function optionalText<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** The study's own dates (not the registry's postings) that an estimate can miss or a withdrawal cancel. */
const STUDY_DATES = new Set(['start', 'primaryCompletion', 'completion']);

/** "(estimated)", or what became of the estimate: passed and not updated, or cancelled by a withdrawal. */
export function estimateWords(row: DateRow, withdrawn: boolean, now: Date, t: Strings): string {
  if (!STUDY_DATES.has(row.kind)) return t.dates.estimated;
  if (withdrawn) return t.dates.planned;
  return latestTime(row.date) < now.getTime() ? t.dates.passed : t.dates.estimated;
}
