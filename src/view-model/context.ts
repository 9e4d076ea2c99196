/**
 * The fields the plain-language rules read, taken once from a record: what each intervention is for, whether
 * people can join, the tense to speak in, the adverse-event counts. The facts, risks, trust notes and headline
 * are all built from this.
 */
import { dateStruct, latestTime, parsePartialDate, type PartialDate } from './dates.js';
import { count, list, record, text, texts } from './guards.js';
import { OPEN, joinOf, tenseOf, stateOf, type Join, type Tense } from './join.js';
import { optional } from './optional.js';
import {
  DUMMY,
  dummyArmTypes,
  dummyWithTested,
  effectiveArms,
  rolesOf,
  type Arm,
  type Role,
} from './roles.js';

export interface Intervention {
  name: string;
  type?: string;
}

/** An intervention with what it is for in this study (see `roles.ts`). */
export interface RoledIntervention extends Intervention {
  role: Role;
}

/** A paper the record lists with its results (`references[]` of type RESULT with a PubMed id). */
export interface Paper {
  pmid: string;
  citation?: string;
}

/** Placebo, sham and vehicle arms are registered as interventions, but nothing "is tested" in them. */
export const PLACEBO = DUMMY;

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
  /** Whether the record says if it has results (search projections may leave `hasResults` out). */
  resultsKnown: boolean;
  allocation?: string;
  model?: string;
  masking?: string;
  whoMasked: string[];
  armTypes: string[];
  /** Types of the placebo- and sham-comparator arms that really give a placebo or sham (see roles.ts). */
  dummyArms: string[];
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
  const identification = record(protocol['identificationModule']);
  // A comparator named only in words is read from the titles and design description; a saline dummy from the
  // titles and summary.
  const cues = [
    text(identification['officialTitle']) ?? '',
    text(identification['briefTitle']) ?? '',
    text(record(design['designInfo'])['interventionModelDescription']) ?? '',
  ];
  const overview = [
    ...cues.slice(0, 2),
    text(record(protocol['descriptionModule'])['briefSummary']),
  ]
    .filter(Boolean)
    .join(' ');
  const armGroups: Arm[] = effectiveArms(
    list(arms['armGroups']).map((item) => ({
      interventionNames: texts(record(item)['interventionNames']),
      ...optional('label', text(record(item)['label'])),
      ...optional('type', text(record(item)['type'])),
      ...optional('description', text(record(item)['description'])),
    })),
    cues,
  );
  const purpose = text(info['primaryPurpose']);
  const roles = rolesOf(roleInputs, armGroups, purpose, { cues, overview });
  const access = record(status['expandedAccessInfo']);
  const start = dateStruct(status['startDateStruct']);
  const lastKnown = text(status['lastKnownStatus']);
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
    dummyArms: dummyArmTypes(roleInputs, armGroups, roles),
    overview: [
      text(record(protocol['identificationModule'])['briefTitle']),
      text(record(protocol['identificationModule'])['officialTitle']),
      text(record(protocol['descriptionModule'])['briefSummary']),
    ]
      .filter(Boolean)
      .join(' '),
    join,
    // An unknown status on a study that really started is told in the past: it ran, whatever became of it.
    // It started when its last known status says people were taking part, or, with no such status, when its
    // start date is past and not an estimate. A last known "not yet recruiting" never started, whatever its
    // start date (old records give dates no type). Otherwise unknown, like withdrawn, is what the study was
    // meant to do.
    tense:
      join.state === 'unknown' &&
      start !== undefined &&
      latestTime(start.date) < now.getTime() &&
      (lastKnown === undefined ? !start.estimated : lastKnown !== 'NOT_YET_RECRUITING')
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
    resultsKnown: typeof root['hasResults'] === 'boolean' || root['resultsSection'] !== undefined,
    whoMasked: texts(masking['whoMasked']),
    armTypes: list(arms['armGroups'])
      .map((arm) => text(record(arm)['type']))
      .filter((type): type is string => type !== undefined),
    // Only a count the record marks ACTUAL is told as how many took part; old records give no type.
    enrollmentEstimated: enrollment['type'] !== 'ACTUAL',
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

function share(affected: unknown, atRisk: unknown): [number, number] | undefined {
  const a = count(affected);
  const n = count(atRisk);
  return a !== undefined && n !== undefined && n > 0 && a <= n ? [a, n] : undefined;
}

/** Neither an observational study nor expanded access. */
export const interventional = (c: Context) =>
  c.studyType !== 'OBSERVATIONAL' && c.studyType !== 'EXPANDED_ACCESS';

/**
 * The tense of the study's planned size: "are expected to take part" only while people can still join; a study
 * that no longer takes people "expected" them.
 */
export function plannedTense(c: Context): Tense {
  return OPEN.has(c.join.state) || c.tense !== 'present' ? c.tense : 'past';
}
