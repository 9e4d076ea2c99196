/**
 * From a study record to the blocks the card shows. Pure: no DOM, no Lit, no words of our own — the view
 * model keeps the record's codes and texts; `i18n/` turns codes into words. The first screen's part is in
 * first-screen.ts; this adds what the blocks below it read.
 */
import type { NctId } from '../registry/ids.js';
import type { Study } from '../registry/types.js';
import { contactsOf, type ContactsView } from './contacts.js';
import { datesOf, type DateRow } from './date-rows.js';
import { firstScreenOf, type FirstScreenView } from './first-screen.js';
import { list, record, text, texts } from './guards.js';
import {
  optional,
  type Context,
  type Fact,
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
export type { FirstScreenView, HeaderView, SummaryView } from './first-screen.js';

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

/** What the blocks below the first screen read. */
export interface StudyDetails {
  /** What each intervention is for in the study. */
  interventions: InterventionView[];
  conditions: ConditionsView;
  eligibility: EligibilityView;
  contacts: ContactsView;
  dates: DateRow[];
}

/** The whole view of a study: the first screen's part and the details. */
export interface StudyView extends FirstScreenView, StudyDetails {}

/**
 * Builds the whole view of a study: the first screen's part (first-screen.ts) and what the blocks below it
 * read. `nct` is the canonical id the client checked; `now` comes from the element's injectable clock so that
 * date-dependent notes do not change meaning as time passes.
 */
export function toStudyView(study: Study, nct: NctId, now: Date): StudyView {
  const first = firstScreenOf(study, nct, now);
  return { ...first, ...detailsOf(study, first.context) };
}

/** What the blocks below the first screen read of a study, beside the context the first screen read. */
export function detailsOf(study: Study, context: Context): StudyDetails {
  const root = record(study);
  const protocol = record(root['protocolSection']);
  const conditionsModule = record(protocol['conditionsModule']);
  const { conditions } = context;
  return {
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
    dates: datesOf(record(protocol['statusModule'])),
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
