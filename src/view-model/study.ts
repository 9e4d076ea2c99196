/**
 * From a study record to the blocks the card shows. Pure: no DOM, no Lit, no words of our own — the view
 * model keeps the record's codes and texts; `i18n/` turns codes into words.
 */
import { parseNctId, type NctId } from '../registry/ids.js';
import type { Study } from '../registry/types.js';
import { contactsOf, type ContactsView } from './contacts.js';
import { datesOf, type DateRow } from './date-rows.js';
import { list, record, text, texts } from './guards.js';
import {
  fleschKincaidGrade,
  markdownToText,
  readingLevel,
  type ReadingLevel,
} from './readability.js';
import {
  contextOf,
  headlineOf,
  optional,
  type Context,
  type Fact,
  type HeadlineParts,
  type Join,
  type Paper,
  type Role,
  type Tense,
  type RiskNote,
  type Sourced,
  type TrustNote,
} from './plain.js';

export type {
  Fact,
  GroupShare,
  HeadlineParts,
  Join,
  JoinState,
  NamedEvent,
  Paper,
  RiskNote,
  Role,
  Tense,
  TrustNote,
} from './plain.js';

export type { PartialDate, DatedValue } from './dates.js';

export type { ContactView, ContactsView, OfficialView, SiteView } from './contacts.js';
export { isInstruction } from './contacts.js';
export type { DateKind, DateRow } from './date-rows.js';

export interface HeaderView {
  nct: NctId;
  /** The brief title (the official one when there is none, the id when there is neither). */
  title: string;
  /** What a plain-language headline is built from. */
  headline: HeadlineParts;
  /** "Can I join?" */
  join: Join;
  officialTitle?: string;
  acronym?: string;
  /** `overallStatus` code, e.g. `RECRUITING` (unknown codes are kept as they are). */
  status?: string;
  /** `lastKnownStatus`, shown with an `UNKNOWN` status. */
  lastKnownStatus?: string;
  /** Phase codes in the registry's order, e.g. `['PHASE1', 'PHASE2']`. */
  phases: string[];
  studyType?: string;
  sponsor?: string;
}

export interface SummaryView {
  /** CommonMark. */
  brief?: string;
  /** How hard the registry's own summary is to read (Flesch–Kincaid). */
  readability?: { grade: number; level: ReadingLevel };
  /** CommonMark. */
  detailed?: string;
}

export interface InterventionView {
  name: string;
  type?: string;
  /** What it is for in this study: tested, compared with, given to everyone, only measuring, a dummy. */
  role: Role;
  otherNames: string[];
  /** CommonMark. */
  description?: string;
}

/** What the "what this could lead to" sentence is built from. */
export interface OutlookView {
  studyType?: string;
  purpose?: string;
  phases: string[];
  conditions: string[];
  tense: Tense;
}

export interface MeaningView {
  interventions: InterventionView[];
  facts: Fact[];
  outlook?: OutlookView & Sourced;
  risks: RiskNote[];
  trust: TrustNote[];
  /** Papers the record lists with its results. */
  papers: Paper[];
  /** An observational study's `studyPopulation`, the registry's own words. */
  population?: string;
  tense: Tense;
}

export interface ConditionsView {
  /** As the registrant entered them. */
  conditions: string[];
  keywords: string[];
  /** The registry's standard (MeSH) terms. */
  mesh: string[];
}

/** Who can take part, as the registry codes it; `criteria` is the registry's own CommonMark. */
export interface EligibilityView {
  /** As the registry writes them, e.g. `18 Years`. */
  minimumAge?: string;
  maximumAge?: string;
  /** Standard age groups: `CHILD`, `ADULT`, `OLDER_ADULT`. */
  stdAges: string[];
  /** `ALL`, `FEMALE` or `MALE`. */
  sex?: string;
  /** Whether eligibility is based on gender identity; the registry then describes it. */
  genderBased?: boolean;
  genderDescription?: string;
  healthyVolunteers?: boolean;
  /** CommonMark: the inclusion and exclusion criteria. */
  criteria?: string;
}

export interface StudyView {
  header: HeaderView;
  summary: SummaryView;
  /** What the rules read from the record (facts, risks and trust notes are written from it, see meaning.ts). */
  context: Context;
  /** What each intervention is for in the study. */
  interventions: InterventionView[];
  conditions: ConditionsView;
  eligibility: EligibilityView;
  contacts: ContactsView;
  dates: DateRow[];
  hasResults: boolean;
}

/**
 * Builds the view of a study. `nct` is the canonical id the client checked; `now` comes from the
 * element's injectable clock so that date-dependent notes do not change meaning as time passes.
 */
export function toStudyView(study: Study, nct: NctId, now: Date): StudyView {
  const root = record(study);
  const protocol = record(root['protocolSection']);
  const identification = record(protocol['identificationModule']);
  const status = record(protocol['statusModule']);
  const conditionsModule = record(protocol['conditionsModule']);

  // The fields the rules read are parsed once, in contextOf; the header and outlook use the same values.
  const context = contextOf(study, now);
  const { phases, conditions, hasResults } = context;
  const statusCode = context.status;

  const header: HeaderView = {
    nct: parseNctId(identification['nctId']) ?? nct,
    title: text(identification['briefTitle']) ?? text(identification['officialTitle']) ?? nct,
    headline: headlineOf(context),
    join: context.join,
    phases,
    ...optional(
      'officialTitle',
      differentFrom(text(identification['officialTitle']), text(identification['briefTitle'])),
    ),
    ...optional('acronym', text(identification['acronym'])),
    ...optional('status', statusCode),
    ...optional('lastKnownStatus', statusCode === 'UNKNOWN' ? context.lastKnownStatus : undefined),
    ...optional('studyType', context.studyType),
    ...optional(
      'sponsor',
      text(record(record(protocol['sponsorCollaboratorsModule'])['leadSponsor'])['name']),
    ),
  };

  const description = record(protocol['descriptionModule']);
  const brief = text(description['briefSummary']);
  const grade = brief === undefined ? undefined : fleschKincaidGrade(markdownToText(brief));
  const summary: SummaryView = {
    ...optional('brief', brief),
    ...optional(
      'readability',
      grade === undefined ? undefined : { grade, level: readingLevel(grade) },
    ),
    ...optional('detailed', text(description['detailedDescription'])),
  };

  return {
    header,
    summary,
    context,
    interventions: interventionsOf(protocol).map((i, n) => ({
      ...i,
      role: context.roles[n]?.role ?? 'tested',
    })),
    conditions: {
      conditions,
      keywords: texts(conditionsModule['keywords']).filter((k) => !conditions.includes(k)),
      mesh: list(record(record(root['derivedSection'])['conditionBrowseModule'])['meshes'])
        .map((mesh) => text(record(mesh)['term']))
        .filter((term): term is string => term !== undefined)
        .filter((term, i, all) => all.indexOf(term) === i),
    },
    eligibility: eligibilityOf(record(protocol['eligibilityModule']), context),
    contacts: contactsOf(record(protocol['contactsLocationsModule'])),
    dates: datesOf(status),
    hasResults,
  };
}

const STD_AGES = ['CHILD', 'ADULT', 'OLDER_ADULT'];

/** Ages, sex and healthy volunteers as contextOf already read them; the rest of the module here. */
function eligibilityOf(module: Record<string, unknown>, c: Context): EligibilityView {
  const stdAges = texts(module['stdAges']);
  return {
    // In the registry's order of life, whatever order the record lists them in.
    stdAges: STD_AGES.filter((age) => stdAges.includes(age)),
    ...optional('minimumAge', c.minimumAge),
    ...optional('maximumAge', c.maximumAge),
    ...optional('sex', c.sex),
    ...optional(
      'genderBased',
      typeof module['genderBased'] === 'boolean' ? module['genderBased'] : undefined,
    ),
    ...optional('genderDescription', text(module['genderDescription'])),
    ...optional('healthyVolunteers', c.healthyVolunteers),
    ...optional('criteria', text(module['eligibilityCriteria'])),
  };
}

function interventionsOf(protocol: Record<string, unknown>): Omit<InterventionView, 'role'>[] {
  const arms = record(protocol['armsInterventionsModule']);
  const out: Omit<InterventionView, 'role'>[] = [];
  // "Also known as" never names another intervention or group: records sometimes put the comparison there.
  const elsewhere = new Set(
    [
      ...list(arms['interventions']).map((i) => text(record(i)['name'])),
      ...list(arms['armGroups']).map((a) => text(record(a)['label'])),
    ]
      .filter((n): n is string => n !== undefined)
      .map((n) => n.toLowerCase()),
  );
  for (const item of list(arms['interventions'])) {
    const intervention = record(item);
    const name = text(intervention['name']);
    if (name === undefined) continue;
    out.push({
      name,
      otherNames: texts(intervention['otherNames']).filter(
        (other) => other !== name && !elsewhere.has(other.toLowerCase()),
      ),
      ...optional('type', text(intervention['type'])),
      ...optional('description', text(intervention['description'])),
    });
  }
  return out;
}

function differentFrom(value: string | undefined, other: string | undefined): string | undefined {
  return value !== undefined && value !== other ? value : undefined;
}
