/**
 * Plain-language facts about a study, as data: what the card may say, which rule says it, and which record
 * fields it rests on. Pure — no DOM, no Lit, no words: `i18n/` turns each fact into sentences.
 *
 * Every fact carries `sources`, the record field paths it came from (`protocolSection.designModule.phases`,
 * `…armGroups[].type` for a field of every array item), so the card can show where each sentence comes from
 * and the registry's own words behind it.
 */
import { dateStruct, latestTime, parsePartialDate, type PartialDate } from './dates.js';
import { count, list, record, text, texts } from './guards.js';
import {
  OPEN,
  joinOf,
  speaksOfNow,
  tenseOf,
  stateOf,
  type Join,
  type JoinState,
  type Tense,
} from './join.js';
import { DUMMY, dummyWithTested, rolesOf, type Arm, type Role } from './roles.js';

export type { Join, JoinState, Tense } from './join.js';
export type { Role } from './roles.js';

/** Record field paths, as the card cites them. */
export const FIELD = {
  briefTitle: 'protocolSection.identificationModule.briefTitle',
  phases: 'protocolSection.designModule.phases',
  studyType: 'protocolSection.designModule.studyType',
  purpose: 'protocolSection.designModule.designInfo.primaryPurpose',
  allocation: 'protocolSection.designModule.designInfo.allocation',
  model: 'protocolSection.designModule.designInfo.interventionModel',
  masking: 'protocolSection.designModule.designInfo.maskingInfo.masking',
  whoMasked: 'protocolSection.designModule.designInfo.maskingInfo.whoMasked',
  enrollment: 'protocolSection.designModule.enrollmentInfo.count',
  enrollmentType: 'protocolSection.designModule.enrollmentInfo.type',
  status: 'protocolSection.statusModule.overallStatus',
  lastKnownStatus: 'protocolSection.statusModule.lastKnownStatus',
  whyStopped: 'protocolSection.statusModule.whyStopped',
  verified: 'protocolSection.statusModule.statusVerifiedDate',
  start: 'protocolSection.statusModule.startDateStruct.date',
  expandedAccess: 'protocolSection.statusModule.expandedAccessInfo',
  siteStatuses: 'protocolSection.contactsLocationsModule.locations[].status',
  primaryCompletion: 'protocolSection.statusModule.primaryCompletionDateStruct.date',
  completion: 'protocolSection.statusModule.completionDateStruct.date',
  resultsPosted: 'protocolSection.statusModule.resultsFirstPostDateStruct.date',
  conditions: 'protocolSection.conditionsModule.conditions',
  interventionNames: 'protocolSection.armsInterventionsModule.interventions[].name',
  interventionTypes: 'protocolSection.armsInterventionsModule.interventions[].type',
  interventionArms: 'protocolSection.armsInterventionsModule.interventions[].armGroupLabels',
  interventionDescriptions: 'protocolSection.armsInterventionsModule.interventions[].description',
  armTypes: 'protocolSection.armsInterventionsModule.armGroups[].type',
  armLabels: 'protocolSection.armsInterventionsModule.armGroups[].label',
  armDescriptions: 'protocolSection.armsInterventionsModule.armGroups[].description',
  timePerspective: 'protocolSection.designModule.designInfo.timePerspective',
  studyPopulation: 'protocolSection.eligibilityModule.studyPopulation',
  criteria: 'protocolSection.eligibilityModule.eligibilityCriteria',
  minimumAge: 'protocolSection.eligibilityModule.minimumAge',
  maximumAge: 'protocolSection.eligibilityModule.maximumAge',
  sex: 'protocolSection.eligibilityModule.sex',
  healthyVolunteers: 'protocolSection.eligibilityModule.healthyVolunteers',
  hasResults: 'hasResults',
  groupTitles: 'resultsSection.adverseEventsModule.eventGroups[].title',
  seriousAffected: 'resultsSection.adverseEventsModule.eventGroups[].seriousNumAffected',
  seriousAtRisk: 'resultsSection.adverseEventsModule.eventGroups[].seriousNumAtRisk',
  deathsAffected: 'resultsSection.adverseEventsModule.eventGroups[].deathsNumAffected',
  deathsAtRisk: 'resultsSection.adverseEventsModule.eventGroups[].deathsNumAtRisk',
  otherAffected: 'resultsSection.adverseEventsModule.eventGroups[].otherNumAffected',
  otherAtRisk: 'resultsSection.adverseEventsModule.eventGroups[].otherNumAtRisk',
  timeFrame: 'resultsSection.adverseEventsModule.timeFrame',
  seriousTerms: 'resultsSection.adverseEventsModule.seriousEvents[].term',
  seriousStats: 'resultsSection.adverseEventsModule.seriousEvents[].stats',
  references: 'protocolSection.referencesModule.references[]',
} as const;

/** The phase combinations the registry uses, as one key each. */
export type PhaseKey =
  | 'EARLY_PHASE1'
  | 'PHASE1'
  | 'PHASE1_PHASE2'
  | 'PHASE2'
  | 'PHASE2_PHASE3'
  | 'PHASE3'
  | 'PHASE4'
  | 'NA';

export const PHASE_KEYS: readonly PhaseKey[] = [
  'EARLY_PHASE1',
  'PHASE1',
  'PHASE1_PHASE2',
  'PHASE2',
  'PHASE2_PHASE3',
  'PHASE3',
  'PHASE4',
  'NA',
];

/** The 14 `overallStatus` values of API v2. */
export const STATUSES = [
  'ACTIVE_NOT_RECRUITING',
  'COMPLETED',
  'ENROLLING_BY_INVITATION',
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'WITHDRAWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
  'UNKNOWN',
] as const;

/** One key for a list of phase codes, or `undefined` for none or a combination the registry does not use. */
export function phaseKey(phases: readonly string[]): PhaseKey | undefined {
  const key = [...phases].sort().join('_');
  return (PHASE_KEYS as readonly string[]).includes(key) ? (key as PhaseKey) : undefined;
}

export interface Sourced {
  /** Record field paths the statement rests on. */
  sources: string[];
}

export interface Intervention {
  name: string;
  type?: string;
}

/** An intervention with what it is for in this study (see `roles.ts`). */
export interface RoledIntervention extends Intervention {
  role: Role;
}

/** Short sentences for "what this could mean": what is tested, in whom, how, how many, where it stands. */
export type Fact = Sourced & {
  /** How the sentence speaks of the study: it follows the "Can I join?" answer. */
  tense: Tense;
} & (
    | { kind: 'tested'; interventions: Intervention[] }
    | {
        kind: 'compared';
        /** Named comparison treatments (placebo and sham names are told as such, not listed). */
        interventions: Intervention[];
        placebo: boolean;
        sham: boolean;
        /** A comparison group that gets no added treatment. */
        none: boolean;
      }
    | { kind: 'everyone'; interventions: Intervention[] }
    | { kind: 'measures'; interventions: Intervention[] }
    /** A placebo or sham is also part of the groups that get what is tested (e.g. on some visits). */
    | { kind: 'dummy-in-tested' }
    /** A record without arm groups whose titles or summary mention a placebo or sham. */
    | { kind: 'dummy-mentioned'; placebo: boolean; sham: boolean }
    | {
        kind: 'population';
        conditions: string[];
        /** The conditions are what the study is about, not what people have (prevention, screening, healthy volunteers). */
        about: boolean;
        join: JoinState;
        /** The record lists criteria, so "some people with …" can point to them. */
        criteria: boolean;
        /** Observational: the people it looks at, not who it is "for". */
        observational: boolean;
        /** The record may be stale: "can take part" would be a claim about now without its date. */
        stale: boolean;
        minimumAge?: string;
        maximumAge?: string;
        sex?: string;
        healthyVolunteers?: boolean;
      }
    | {
        kind: 'observed';
        conditions: string[];
        /** `timePerspective`: RETROSPECTIVE, PROSPECTIVE, CROSS_SECTIONAL, OTHER. */
        perspective?: string;
        /** `studyPopulation`, the registry's own words. */
        population?: string;
      }
    | { kind: 'allocation'; allocation: 'RANDOMIZED' | 'NON_RANDOMIZED' }
    | { kind: 'model'; model: string }
    | { kind: 'masking'; masking: string; whoMasked: string[] }
    | { kind: 'enrollment'; count: number; estimated: boolean; retrospective: boolean }
  );

export interface GroupShare {
  /** The record's group id (e.g. `EG000`), which ties a group's serious events to its deaths. */
  id?: string;
  title: string;
  affected: number;
  atRisk: number;
}

export interface NamedEvent {
  term: string;
  /** People affected in the group where the event was most common (groups can overlap, so never a sum). */
  affected: number;
  /** That group's people at risk and title, when the record ties the count to a group. */
  atRisk?: number;
  group?: string;
}

/** "What could go wrong": one rule per fact of the record. Nothing about whether a treatment works. */
export type RiskNote = Sourced &
  (
    | { kind: 'phase'; phase: PhaseKey }
    /** `asOf`: the last check, when it is old and the status speaks of now (not an ended study). */
    | { kind: 'status'; status: string; whyStopped?: string; asOf?: PartialDate }
    | { kind: 'single-arm'; tense: Tense }
    | { kind: 'open-label'; tense: Tense }
    | { kind: 'placebo'; placebo: boolean; sham: boolean; tense: Tense }
    | { kind: 'small-enrollment'; count: number; estimated: boolean; tense: Tense }
    | { kind: 'no-results'; ended?: PartialDate }
    /** Serious health problems from any cause, per group, over the record's time frame. */
    | {
        kind: 'serious-adverse-events';
        groups: GroupShare[];
        interventional: boolean;
        timeFrame?: string;
      }
    /** Deaths from any cause, per group. */
    | { kind: 'deaths'; groups: GroupShare[]; timeFrame?: string }
    /** Other (not serious) health problems, per group, as the record counts them. */
    | { kind: 'other-adverse-events'; groups: GroupShare[]; timeFrame?: string }
    | { kind: 'top-serious-events'; events: NamedEvent[] }
  );

/** A paper the record lists with its results (`references[]` of type RESULT with a PubMed id). */
export interface Paper {
  pmid: string;
  citation?: string;
}

/** How far to trust the record itself. */
export type TrustNote = Sourced &
  (
    | { kind: 'not-verified'; months: number; verified: PartialDate }
    | { kind: 'unknown-status'; lastKnownStatus?: string }
    | { kind: 'results-posted'; date: PartialDate }
  );

/** What a generated headline is made of; the words are the language table's. */
export interface HeadlineParts extends Sourced {
  /** A phase key, or the study type for studies without phases. */
  stage: PhaseKey | 'OBSERVATIONAL' | 'EXPANDED_ACCESS' | 'OTHER';
  interventions: string[];
  conditions: string[];
  status?: string;
}

/** Fewer people than this taking part earns the "small study" note. */
export const SMALL_ENROLLMENT = 50;
/** How long after its end a study without posted results earns the "no results" note (one year). */
export const RESULTS_GRACE_MS = 365 * 24 * 60 * 60 * 1000;
/** A status last verified longer ago than this earns the "not verified" note. */
export const VERIFIED_WITHIN_MONTHS = 12;
/** How many serious adverse events the card names. */
export const TOP_EVENTS = 3;

/** Placebo, sham and vehicle arms are registered as interventions, but nothing "is tested" in them. */
export const PLACEBO = DUMMY;
/** Intervention types in the order a headline names them. */
const HEADLINE_TYPE_ORDER = [
  'DRUG',
  'BIOLOGICAL',
  'GENETIC',
  'COMBINATION_PRODUCT',
  'DEVICE',
  'RADIATION',
  'DIETARY_SUPPLEMENT',
  'BEHAVIORAL',
  'PROCEDURE',
  'DIAGNOSTIC_TEST',
  'OTHER',
];
const STOPPED = new Set(['TERMINATED', 'WITHDRAWN', 'SUSPENDED']);
const ENDED = new Set(['COMPLETED', 'TERMINATED']);

/** The fields the rules read, taken once from a record through the guards. */
export interface Context {
  studyType?: string;
  purpose?: string;
  phases: string[];
  status?: string;
  lastKnownStatus?: string;
  whyStopped?: string;
  verified?: PartialDate;
  ended?: PartialDate;
  resultsPosted?: PartialDate;
  hasResults: boolean;
  allocation?: string;
  model?: string;
  masking?: string;
  whoMasked: string[];
  armTypes: string[];
  /** Each intervention with what it is for (same order as `interventions`). */
  roles: RoledIntervention[];
  /** A placebo or sham is linked to an arm that gets what is tested (dummy doses on some visits). */
  dummyWithTested: boolean;
  /** Titles and brief summary, read only for words the arms would otherwise tell (placebo, sham). */
  overview: string;
  join: Join;
  tense: Tense;
  timePerspective?: string;
  studyPopulation?: string;
  criteria: boolean;
  timeFrame?: string;
  papers: Paper[];
  enrollment?: number;
  enrollmentEstimated: boolean;
  conditions: string[];
  interventions: Intervention[];
  minimumAge?: string;
  maximumAge?: string;
  sex?: string;
  healthyVolunteers?: boolean;
  eventGroups: {
    id?: string;
    title?: string;
    serious?: [number, number];
    deaths?: [number, number];
    other?: [number, number];
  }[];
  seriousEvents: { term?: string; affected: number; atRisk?: number; groupId?: string }[];
  now: Date;
}

export function contextOf(study: unknown, now: Date): Context {
  const root = record(study);
  const protocol = record(root['protocolSection']);
  const status = record(protocol['statusModule']);
  const design = record(protocol['designModule']);
  const info = record(design['designInfo']);
  const masking = record(info['maskingInfo']);
  const enrollment = record(design['enrollmentInfo']);
  const eligibility = record(protocol['eligibilityModule']);
  const arms = record(protocol['armsInterventionsModule']);
  const adverse = record(record(root['resultsSection'])['adverseEventsModule']);
  const statusCode = text(status['overallStatus']);
  const ended =
    dateStruct(status['completionDateStruct']) ?? dateStruct(status['primaryCompletionDateStruct']);
  const interventions: Intervention[] = [];
  const roleInputs = [];
  for (const item of list(arms['interventions'])) {
    const name = text(record(item)['name']);
    const type = text(record(item)['type']);
    if (name === undefined) continue;
    interventions.push(type === undefined ? { name } : { name, type });
    roleInputs.push({
      name,
      armGroupLabels: texts(record(item)['armGroupLabels']),
      ...optional('type', type),
      ...optional('description', text(record(item)['description'])),
    });
  }
  const armGroups: Arm[] = list(arms['armGroups']).map((item) => ({
    interventionNames: texts(record(item)['interventionNames']),
    ...optional('label', text(record(item)['label'])),
    ...optional('type', text(record(item)['type'])),
    ...optional('description', text(record(item)['description'])),
  }));
  const purpose = text(info['primaryPurpose']);
  const roles = rolesOf(roleInputs, armGroups, purpose);
  const access = record(status['expandedAccessInfo']);
  const start = dateStruct(status['startDateStruct']);
  const locations = list(record(protocol['contactsLocationsModule'])['locations']);
  const join = joinOf({
    siteStatuses: locations
      .map((site) => text(record(site)['status']))
      .filter((s): s is string => s !== undefined),
    siteCount: locations.length,
    now,
    ...optional('status', statusCode),
    ...optional('lastKnownStatus', text(status['lastKnownStatus'])),
    ...optional('verified', parsePartialDate(status['statusVerifiedDate'])),
    ...optional('start', start),
    ...optional(
      'expandedAccess',
      access['hasExpandedAccess'] === true ? optional('nct', text(access['nctId'])) : undefined,
    ),
  });
  return {
    roles: interventions.map((i, n) => ({ ...i, role: roles[n] ?? 'tested' })),
    dummyWithTested: dummyWithTested(roleInputs, armGroups, roles),
    overview: [
      text(record(protocol['identificationModule'])['briefTitle']),
      text(record(protocol['identificationModule'])['officialTitle']),
      text(record(protocol['descriptionModule'])['briefSummary']),
    ]
      .filter(Boolean)
      .join(' '),
    join,
    // An unknown status on a study that really started (its start date is actual) is told in the past: it ran,
    // whatever became of it. Otherwise unknown, like withdrawn, is what the study was meant to do.
    tense:
      join.state === 'unknown' &&
      start !== undefined &&
      !start.estimated &&
      latestTime(start.date) < now.getTime()
        ? 'past'
        : tenseOf(stateOf(statusCode)),
    criteria: text(eligibility['eligibilityCriteria']) !== undefined,
    papers: list(record(protocol['referencesModule'])['references']).flatMap((item) => {
      const ref = record(item);
      const pmid = text(ref['pmid']);
      return ref['type'] === 'RESULT' && pmid !== undefined && /^\d{1,9}$/.test(pmid)
        ? [{ pmid, ...optional('citation', text(ref['citation'])) }]
        : [];
    }),
    ...optional('timePerspective', text(info['timePerspective'])),
    ...optional('studyPopulation', text(eligibility['studyPopulation'])),
    ...optional('timeFrame', text(adverse['timeFrame'])),
    phases: texts(design['phases']),
    hasResults: root['hasResults'] === true || root['resultsSection'] !== undefined,
    whoMasked: texts(masking['whoMasked']),
    armTypes: list(arms['armGroups'])
      .map((arm) => text(record(arm)['type']))
      .filter((type): type is string => type !== undefined),
    enrollmentEstimated: enrollment['type'] === 'ESTIMATED',
    conditions: texts(record(protocol['conditionsModule'])['conditions']),
    interventions,
    eventGroups: list(adverse['eventGroups']).map((item) => {
      const group = record(item);
      return {
        ...optional('id', text(group['id'])),
        ...optional('title', text(group['title'])),
        ...optional('serious', share(group['seriousNumAffected'], group['seriousNumAtRisk'])),
        ...optional('deaths', share(group['deathsNumAffected'], group['deathsNumAtRisk'])),
        ...optional('other', share(group['otherNumAffected'], group['otherNumAtRisk'])),
      };
    }),
    seriousEvents: list(adverse['seriousEvents']).map((item) => {
      const event = record(item);
      // The group where the event was most common: its count, its people at risk and its id.
      let most: Record<string, unknown> = {};
      for (const stat of list(event['stats']).map(record))
        if ((count(stat['numAffected']) ?? 0) > (count(most['numAffected']) ?? 0)) most = stat;
      const affected = count(most['numAffected']) ?? 0;
      const atRisk = count(most['numAtRisk']);
      return {
        ...optional('term', text(event['term'])),
        affected,
        ...optional('atRisk', atRisk !== undefined && atRisk >= affected ? atRisk : undefined),
        ...optional('groupId', text(most['groupId'])),
      };
    }),
    now,
    ...optional('studyType', text(design['studyType'])),
    ...optional('purpose', purpose),
    ...optional('status', statusCode),
    ...optional('lastKnownStatus', text(status['lastKnownStatus'])),
    ...optional('whyStopped', text(status['whyStopped'])),
    ...optional('verified', parsePartialDate(status['statusVerifiedDate'])),
    ...optional('ended', ended?.date),
    ...optional('resultsPosted', dateStruct(status['resultsFirstPostDateStruct'])?.date),
    ...optional('allocation', text(info['allocation'])),
    ...optional('model', text(info['interventionModel'])),
    ...optional('masking', text(masking['masking'])),
    ...optional('enrollment', count(enrollment['count'])),
    ...optional('minimumAge', text(eligibility['minimumAge'])),
    ...optional('maximumAge', text(eligibility['maximumAge'])),
    ...optional('sex', text(eligibility['sex'])),
    ...optional(
      'healthyVolunteers',
      typeof eligibility['healthyVolunteers'] === 'boolean'
        ? eligibility['healthyVolunteers']
        : undefined,
    ),
  };
}

const interventional = (c: Context) =>
  c.studyType !== 'OBSERVATIONAL' && c.studyType !== 'EXPANDED_ACCESS';

/** The short sentences of "what this could mean", in reading order. */
export function factsOf(c: Context): Fact[] {
  const facts: Fact[] = [];
  const tense = c.tense;
  const observational = c.studyType === 'OBSERVATIONAL';
  // The same name once (records list "Drug X" again per dose group).
  const byRole = (role: Role): Intervention[] =>
    c.roles
      .filter((i, n, all) => i.role === role && all.findIndex((j) => j.name === i.name) === n)
      .map(({ name, type }) => optionalType(name, type));
  const roleSources = [
    FIELD.interventionNames,
    FIELD.interventionTypes,
    FIELD.interventionArms,
    FIELD.armTypes,
    FIELD.armLabels,
    FIELD.armDescriptions,
  ];
  if (!observational) {
    const tested = byRole('tested');
    if (tested.length > 0)
      facts.push({ kind: 'tested', interventions: tested, tense, sources: roleSources });
    const compared = byRole('compared');
    const placebo =
      c.armTypes.includes('PLACEBO_COMPARATOR') ||
      c.roles.some((i) => i.role === 'dummy' && /placebo|vehicle/i.test(i.name));
    const sham =
      c.armTypes.includes('SHAM_COMPARATOR') ||
      c.roles.some((i) => i.role === 'dummy' && /sham/i.test(i.name));
    const none = c.armTypes.includes('NO_INTERVENTION');
    if (compared.length > 0 || placebo || sham || none) {
      facts.push({
        kind: 'compared',
        interventions: compared,
        placebo,
        sham,
        none,
        tense,
        sources: roleSources,
      });
    }
    if (c.dummyWithTested) facts.push({ kind: 'dummy-in-tested', tense, sources: roleSources });
    // An old record without arm groups can still say, in its titles or summary, that some get a dummy.
    if (c.armTypes.length === 0 && !placebo && !sham) {
      const mentions = {
        placebo: /\bplacebo/i.test(c.overview),
        sham: /\bsham\b/i.test(c.overview),
      };
      if (mentions.placebo || mentions.sham)
        facts.push({
          kind: 'dummy-mentioned',
          ...mentions,
          tense,
          sources: [
            FIELD.briefTitle,
            'protocolSection.identificationModule.officialTitle',
            'protocolSection.descriptionModule.briefSummary',
          ],
        });
    }
    const everyone = byRole('everyone');
    if (everyone.length > 0)
      facts.push({ kind: 'everyone', interventions: everyone, tense, sources: roleSources });
    const measures = byRole('measures');
    if (measures.length > 0) {
      facts.push({
        kind: 'measures',
        interventions: measures,
        tense,
        sources: [...roleSources, FIELD.interventionDescriptions, FIELD.purpose],
      });
    }
  }
  if (observational) {
    facts.push({
      kind: 'observed',
      conditions: c.conditions,
      tense,
      sources: [FIELD.conditions, FIELD.timePerspective, FIELD.studyPopulation],
      ...optional('perspective', c.timePerspective),
      ...optional('population', c.studyPopulation),
    });
  }
  if (
    (c.conditions.length > 0 && !observational) ||
    c.minimumAge ||
    c.maximumAge ||
    c.sex ||
    c.healthyVolunteers !== undefined
  ) {
    facts.push({
      kind: 'population',
      conditions: observational ? [] : c.conditions,
      about:
        c.purpose === 'PREVENTION' || c.purpose === 'SCREENING' || c.healthyVolunteers === true,
      join: c.join.state,
      criteria: c.criteria,
      observational,
      stale: c.join.stale,
      tense,
      sources: [
        FIELD.conditions,
        FIELD.minimumAge,
        FIELD.maximumAge,
        FIELD.sex,
        FIELD.healthyVolunteers,
        FIELD.status,
        ...(c.criteria ? [FIELD.criteria] : []),
      ],
      ...optional('minimumAge', c.minimumAge),
      ...optional('maximumAge', c.maximumAge),
      ...optional('sex', c.sex),
      ...optional('healthyVolunteers', c.healthyVolunteers),
    });
  }
  if (!observational && (c.allocation === 'RANDOMIZED' || c.allocation === 'NON_RANDOMIZED')) {
    facts.push({
      kind: 'allocation',
      allocation: c.allocation,
      tense,
      sources: [FIELD.allocation],
    });
  }
  if (c.model !== undefined && interventional(c)) {
    facts.push({ kind: 'model', model: c.model, tense, sources: [FIELD.model] });
  }
  if (c.masking !== undefined && !observational) {
    facts.push({
      kind: 'masking',
      masking: c.masking,
      whoMasked: c.whoMasked,
      tense,
      sources: [FIELD.masking, FIELD.whoMasked],
    });
  }
  if (c.enrollment !== undefined && !(c.enrollmentEstimated && c.enrollment === 0)) {
    facts.push({
      kind: 'enrollment',
      count: c.enrollment,
      estimated: c.enrollmentEstimated,
      retrospective: observational && c.timePerspective === 'RETROSPECTIVE',
      tense: plannedTense(c),
      sources: [FIELD.enrollment, FIELD.enrollmentType, FIELD.status],
    });
  }
  return facts;
}

function optionalType(name: string, type: string | undefined): Intervention {
  return type === undefined ? { name } : { name, type };
}

/** One rule per fact: `check` returns the note when the record says so. Exported for tests, in order. */
export const RISK_RULES: { id: RiskNote['kind']; check: (c: Context) => RiskNote | undefined }[] = [
  {
    id: 'phase',
    check: (c) => {
      const phase = phaseKey(c.phases);
      return phase && { kind: 'phase', phase, sources: [FIELD.phases] };
    },
  },
  {
    id: 'status',
    check: (c) =>
      c.status === undefined
        ? undefined
        : {
            kind: 'status',
            status: c.status,
            sources: [
              FIELD.status,
              ...(STOPPED.has(c.status) && c.whyStopped ? [FIELD.whyStopped] : []),
              ...(speaksOfNow(c.join) ? [FIELD.verified] : []),
            ],
            ...optional('whyStopped', STOPPED.has(c.status) ? c.whyStopped : undefined),
            ...optional('asOf', speaksOfNow(c.join) ? c.verified : undefined),
          },
  },
  {
    id: 'single-arm',
    check: (c) =>
      c.model === 'SINGLE_GROUP' && interventional(c)
        ? { kind: 'single-arm', tense: c.tense, sources: [FIELD.model] }
        : undefined,
  },
  {
    id: 'open-label',
    check: (c) =>
      c.masking === 'NONE' && interventional(c)
        ? { kind: 'open-label', tense: c.tense, sources: [FIELD.masking] }
        : undefined,
  },
  {
    id: 'placebo',
    check: (c) => {
      // A risk for whoever joins, so only said while people can still join.
      const placebo = c.armTypes.includes('PLACEBO_COMPARATOR');
      const sham = c.armTypes.includes('SHAM_COMPARATOR');
      return (placebo || sham) && OPEN.has(c.join.state)
        ? {
            kind: 'placebo',
            placebo,
            sham,
            tense: c.tense,
            sources: [FIELD.armTypes, FIELD.status],
          }
        : undefined;
    },
  },
  {
    id: 'small-enrollment',
    check: (c) =>
      c.enrollment !== undefined &&
      c.enrollment < SMALL_ENROLLMENT &&
      c.status !== 'WITHDRAWN' &&
      !(c.enrollmentEstimated && c.enrollment === 0)
        ? {
            kind: 'small-enrollment',
            count: c.enrollment,
            estimated: c.enrollmentEstimated,
            tense: plannedTense(c),
            sources: [FIELD.enrollment, FIELD.enrollmentType],
          }
        : undefined,
  },
  {
    id: 'no-results',
    // Results are due up to a year after the end, so the note waits that long (by the element's clock).
    check: (c) =>
      !c.hasResults &&
      c.status !== undefined &&
      ENDED.has(c.status) &&
      (c.ended === undefined || latestTime(c.ended) + RESULTS_GRACE_MS < c.now.getTime())
        ? {
            kind: 'no-results',
            sources: [FIELD.status, FIELD.completion, FIELD.primaryCompletion, FIELD.hasResults],
            ...optional('ended', c.ended),
          }
        : undefined,
  },
  {
    id: 'serious-adverse-events',
    check: (c) => {
      const groups = groupShares(c, 'serious');
      return groups.length === 0
        ? undefined
        : {
            kind: 'serious-adverse-events',
            groups,
            interventional: interventional(c),
            sources: [
              FIELD.groupTitles,
              FIELD.seriousAffected,
              FIELD.seriousAtRisk,
              FIELD.timeFrame,
            ],
            ...optional('timeFrame', c.timeFrame),
          };
    },
  },
  {
    id: 'deaths',
    check: (c) => {
      const groups = groupShares(c, 'deaths');
      return groups.some((g) => g.affected > 0)
        ? {
            kind: 'deaths',
            groups,
            sources: [FIELD.groupTitles, FIELD.deathsAffected, FIELD.deathsAtRisk, FIELD.timeFrame],
            ...optional('timeFrame', c.timeFrame),
          }
        : undefined;
    },
  },
  {
    id: 'other-adverse-events',
    check: (c) => {
      const groups = groupShares(c, 'other');
      return groups.length === 0
        ? undefined
        : {
            kind: 'other-adverse-events',
            groups,
            sources: [FIELD.groupTitles, FIELD.otherAffected, FIELD.otherAtRisk, FIELD.timeFrame],
            ...optional('timeFrame', c.timeFrame),
          };
    },
  },
  {
    id: 'top-serious-events',
    check: (c) => {
      const titles = new Map(c.eventGroups.map((g) => [g.id, g.title]));
      const totals = new Map<string, NamedEvent>();
      for (const event of c.seriousEvents) {
        if (event.term !== undefined && event.affected > 0) {
          const term = sentenceCase(event.term);
          if ((totals.get(term)?.affected ?? 0) >= event.affected) continue;
          const group = event.groupId === undefined ? undefined : titles.get(event.groupId);
          totals.set(term, {
            term,
            affected: event.affected,
            ...(event.atRisk !== undefined && group !== undefined
              ? { atRisk: event.atRisk, group }
              : {}),
          });
        }
      }
      const events = [...totals.values()]
        .sort((a, b) => b.affected - a.affected || a.term.localeCompare(b.term))
        .slice(0, TOP_EVENTS);
      return events.length === 0
        ? undefined
        : { kind: 'top-serious-events', events, sources: [FIELD.seriousTerms, FIELD.seriousStats] };
    },
  },
];

export function risksOf(c: Context): RiskNote[] {
  return RISK_RULES.map((rule) => rule.check(c)).filter(
    (note): note is RiskNote => note !== undefined,
  );
}

export function trustOf(c: Context): TrustNote[] {
  const notes: TrustNote[] = [];
  if (c.verified) {
    const months = monthsBetween(c.verified, c.now);
    if (months > VERIFIED_WITHIN_MONTHS) {
      notes.push({ kind: 'not-verified', months, verified: c.verified, sources: [FIELD.verified] });
    }
  }
  if (c.status === 'UNKNOWN') {
    notes.push({
      kind: 'unknown-status',
      sources: [FIELD.status, FIELD.lastKnownStatus],
      ...optional('lastKnownStatus', c.lastKnownStatus),
    });
  }
  if (c.hasResults && c.resultsPosted) {
    notes.push({ kind: 'results-posted', date: c.resultsPosted, sources: [FIELD.resultsPosted] });
  }
  return notes;
}

/**
 * The tense of the study's planned size: "are expected to take part" only while people can still join; a study
 * that no longer takes people "expected" them.
 */
function plannedTense(c: Context): Tense {
  return OPEN.has(c.join.state) || c.tense !== 'present' ? c.tense : 'past';
}

export function headlineOf(c: Context): HeadlineParts {
  const stage =
    c.studyType === 'OBSERVATIONAL' || c.studyType === 'EXPANDED_ACCESS'
      ? c.studyType
      : (phaseKey(c.phases) ?? 'OTHER');
  return {
    stage,
    // Only what is tested, never what it is compared with; substances and devices before procedures.
    interventions: c.roles
      .filter((i, n, all) => i.role === 'tested' && all.findIndex((j) => j.name === i.name) === n)
      .map((i, order) => ({
        name: i.name,
        rank: HEADLINE_TYPE_ORDER.indexOf(i.type ?? 'OTHER'),
        order,
      }))
      .sort(
        (a, b) =>
          (a.rank === -1 ? 99 : a.rank) - (b.rank === -1 ? 99 : b.rank) || a.order - b.order,
      )
      .map((i) => i.name),
    conditions: c.conditions,
    sources: [
      FIELD.phases,
      FIELD.studyType,
      FIELD.interventionNames,
      FIELD.interventionArms,
      FIELD.armTypes,
      FIELD.conditions,
      FIELD.status,
    ],
    // "— recruiting" in a headline cannot carry a date: an old record's headline leaves its status to the
    // "Can I join?" answer below it, which does.
    ...optional('status', speaksOfNow(c.join) ? undefined : c.status),
  };
}

/** Whole months from a (partial) date to `now`, counting a month-only date from its first day. */
export function monthsBetween(from: PartialDate, now: Date): number {
  const months =
    (now.getUTCFullYear() - from.year) * 12 + (now.getUTCMonth() + 1 - (from.month ?? 1));
  return from.day !== undefined && now.getUTCDate() < from.day ? months - 1 : months;
}

function groupShares(c: Context, which: 'serious' | 'deaths' | 'other'): GroupShare[] {
  const out: GroupShare[] = [];
  for (const group of c.eventGroups) {
    const numbers = group[which];
    if (group.title !== undefined && numbers)
      out.push({
        ...optional('id', group.id),
        title: group.title,
        affected: numbers[0],
        atRisk: numbers[1],
      });
  }
  return out;
}

function share(affected: unknown, atRisk: unknown): [number, number] | undefined {
  const a = count(affected);
  const n = count(atRisk);
  return a !== undefined && n !== undefined && n > 0 && a <= n ? [a, n] : undefined;
}

/** `{ key: value }` when value is defined, else `{}` — keeps optional fields absent, not `undefined`. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Words registries write in capitals that stay so in a sentence (abbreviations). */
const KEEP_CAPITALS = /^(?:[A-Z]{1,3}|[A-Z0-9-]*\d[A-Z0-9-]*)$/;
const SMALL_WORDS = new Set([
  'AND',
  'THE',
  'FOR',
  'NOT',
  'LEG',
  'ARM',
  'EYE',
  'EAR',
  'HIP',
  'JAW',
  'TOE',
  'GUM',
  'LIP',
  'FLU',
  'DRY',
  'LOW',
  'RED',
  'WITH',
]);

/**
 * "ACUTE RESPIRATORY INSUFFICIENCY" → "Acute respiratory insufficiency": a term written all in capitals reads
 * as shouting; short abbreviations ("HIV", "ALT") and codes with digits ("COVID-19") keep theirs. Mixed case
 * is left as the record wrote it.
 */
export function sentenceCase(term: string): string {
  if (/[a-z]/.test(term) || !/[A-Z]{4}/.test(term)) return term;
  const words = term
    .split(/(\s+)/)
    .map((w) => (KEEP_CAPITALS.test(w) && !SMALL_WORDS.has(w) ? w : w.toLowerCase()));
  const joined = words.join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
