/**
 * From a study record to the blocks the card shows. Pure: no DOM, no Lit, no words of our own — the view
 * model keeps the record's codes and texts; `i18n/` turns codes into words.
 */
import { parseNctId, type NctId } from '../registry/ids.js';
import type { Study } from '../registry/types.js';
import { dateStruct, parsePartialDate, type DatedValue } from './dates.js';
import { finite, list, record, text, texts } from './guards.js';
import {
  fleschKincaidGrade,
  markdownToText,
  readingLevel,
  type ReadingLevel,
} from './readability.js';
import {
  FIELD,
  contextOf,
  factsOf,
  headlineOf,
  optional,
  risksOf,
  trustOf,
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

export interface ContactView {
  name?: string;
  /** A free-text "name" that is really instructions (e.g. "Call 1-877-… Mon–Fri"). */
  note?: string;
  role?: string;
  phone?: string;
  phoneExt?: string;
  email?: string;
}

export interface OfficialView {
  name?: string;
  note?: string;
  affiliation?: string;
  role?: string;
}

export interface SiteView {
  facility?: string;
  status?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  /** The site's coordinates (`geoPoint`), when the record has them. */
  geo?: { lat: number; lon: number };
  contacts: ContactView[];
}

export interface ContactsView {
  central: ContactView[];
  officials: OfficialView[];
  sites: SiteView[];
}

export type DateKind =
  | 'firstPosted'
  | 'lastUpdated'
  | 'lastVerified'
  | 'resultsPosted'
  | 'start'
  | 'primaryCompletion'
  | 'completion';

export interface DateRow extends DatedValue {
  kind: DateKind;
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
  meaning: MeaningView;
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

  const outlook: (OutlookView & Sourced) | undefined =
    header.studyType === undefined && conditions.length === 0
      ? undefined
      : {
          phases,
          conditions,
          tense: context.tense,
          sources: [FIELD.purpose, FIELD.phases, FIELD.conditions, FIELD.studyType, FIELD.status],
          ...optional('studyType', header.studyType),
          ...optional('purpose', context.purpose),
        };

  return {
    header,
    summary,
    meaning: {
      interventions: interventionsOf(protocol).map((i, n) => ({
        ...i,
        role: context.roles[n]?.role ?? 'tested',
      })),
      facts: factsOf(context),
      risks: risksOf(context),
      trust: trustOf(context),
      papers: context.papers,
      tense: context.tense,
      ...optional(
        'population',
        context.studyType === 'OBSERVATIONAL' ? context.studyPopulation : undefined,
      ),
      ...optional('outlook', outlook),
    },
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

/**
 * Registrants sometimes put instructions in a contact's name ("Call 1-877-CTLILLY … Mon - Fri"). Those read
 * as a note, not a person.
 */
export function isInstruction(name: string): boolean {
  return (
    /\d{3}[\s.)-]*\d{3}|\d{7}/.test(name) ||
    name.split(/\s+/).length > 8 ||
    /^(call|please|contact|there|for |see |use |email|visit)/i.test(name)
  );
}

function contactOf(value: unknown): ContactView | undefined {
  const contact = record(value);
  const name = text(contact['name']);
  const view: ContactView = {
    ...(name !== undefined && isInstruction(name) ? { note: name } : optional('name', name)),
    ...optional('role', text(contact['role'])),
    ...optional('phone', text(contact['phone'])),
    ...optional('phoneExt', text(contact['phoneExt'])),
    ...optional('email', text(contact['email'])),
  };
  return (view.name ?? view.note ?? view.phone ?? view.email) ? view : undefined;
}

function contactsOf(module: Record<string, unknown>): ContactsView {
  const central = list(module['centralContacts'])
    .map(contactOf)
    .filter((c): c is ContactView => c !== undefined);
  const officials: OfficialView[] = [];
  for (const item of list(module['overallOfficials'])) {
    const official = record(item);
    const name = text(official['name']);
    const view: OfficialView = {
      ...(name !== undefined && isInstruction(name) ? { note: name } : optional('name', name)),
      ...optional('affiliation', text(official['affiliation'])),
      ...optional('role', text(official['role'])),
    };
    if (view.name ?? view.note) officials.push(view);
  }
  const sites: SiteView[] = [];
  for (const item of list(module['locations'])) {
    const site = record(item);
    const view: SiteView = {
      contacts: list(site['contacts'])
        .map(contactOf)
        .filter((c): c is ContactView => c !== undefined),
      ...optional('facility', text(site['facility'])),
      ...optional('status', text(site['status'])),
      ...optional('city', text(site['city'])),
      ...optional('state', text(site['state'])),
      ...optional('zip', text(site['zip'])),
      ...optional('country', text(site['country'])),
      ...optional('geo', geoOf(site['geoPoint'])),
    };
    if (view.facility ?? view.city ?? view.country) sites.push(view);
  }
  return { central, officials, sites };
}

function geoOf(value: unknown): { lat: number; lon: number } | undefined {
  const point = record(value);
  const lat = finite(point['lat']);
  const lon = finite(point['lon']);
  return lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
    ? { lat, lon }
    : undefined;
}

/** In the order the card lists them; `statusVerifiedDate` is a bare `yyyy-MM`, the rest are structs. */
const DATE_FIELDS: [DateKind, string][] = [
  ['firstPosted', 'studyFirstPostDateStruct'],
  ['lastUpdated', 'lastUpdatePostDateStruct'],
  ['lastVerified', 'statusVerifiedDate'],
  ['resultsPosted', 'resultsFirstPostDateStruct'],
  ['start', 'startDateStruct'],
  ['primaryCompletion', 'primaryCompletionDateStruct'],
  ['completion', 'completionDateStruct'],
];

function datesOf(status: Record<string, unknown>): DateRow[] {
  const rows: DateRow[] = [];
  for (const [kind, field] of DATE_FIELDS) {
    const raw = status[field];
    const bare = typeof raw === 'string' ? parsePartialDate(raw) : undefined;
    const value = bare ? { date: bare, estimated: false } : dateStruct(raw);
    if (value) rows.push({ kind, ...value });
  }
  return rows;
}

function differentFrom(value: string | undefined, other: string | undefined): string | undefined {
  return value !== undefined && value !== other ? value : undefined;
}
