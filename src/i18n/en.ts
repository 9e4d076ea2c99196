/**
 * English: every word the widget writes itself. Registry text is never here; it is shown as it is.
 *
 * The explanations (`meaning`, `risks`, the status and phase explanations) were written for this project from
 * the registry's own definitions and have NOT yet been reviewed by a clinician: `explanationsReviewed` says so,
 * and the card shows `meaning.reviewNote` beside them.
 */
import {
  FIELD,
  type GroupShare,
  type HeadlineParts,
  type NamedEvent,
  type PhaseKey,
} from '../view-model/plain.js';
import type { ReadingLevel } from '../view-model/readability.js';

type Plural = (n: string, count: number) => string;

const people: Plural = (n, count) => (count === 1 ? `${n} person` : `${n} people`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const READING_LEVEL: Record<ReadingLevel, string> = {
  easy: 'an easy',
  plain: 'a plain',
  'high-school': 'a high-school',
  college: 'a college',
  graduate: 'a university graduate',
};

export const en = {
  /** The BCP 47 language of this table. */
  lang: 'en',
  /** Whether a clinician has reviewed the explanations below. */
  explanationsReviewed: false,

  state: {
    loading: (nct: string) => `Loading study ${nct} from ClinicalTrials.gov…`,
    loaded: (title: string) => `Study loaded: ${title}`,
    retry: 'Try again',
    viewOnRegistry: 'View this study on ClinicalTrials.gov',
    errorHeading: 'This study could not be shown',
    error: {
      'invalid-id': (value: string) =>
        `“${value}” is not a ClinicalTrials.gov study number. Study numbers look like NCT01234567.`,
      config: (value: string) =>
        `This page is set up to read studies from “${value}”, which is not a web address the card can use.`,
      'not-found': (nct: string) =>
        `ClinicalTrials.gov has no study ${nct}. The number may be mistyped, or the study may have been removed.`,
      http: (status: number | undefined) =>
        status === 429
          ? 'ClinicalTrials.gov is busy right now. Please wait a minute and try again.'
          : status !== undefined && status >= 500
            ? 'ClinicalTrials.gov is having a problem right now. Please try again later.'
            : `ClinicalTrials.gov could not answer this request (error ${status ?? 'unknown'}).`,
      network:
        'ClinicalTrials.gov could not be reached. Check your internet connection and try again.',
      timeout: 'ClinicalTrials.gov took too long to answer. Please try again.',
      parse: 'ClinicalTrials.gov sent an answer this card could not read. Please try again later.',
      mismatch: (nct: string) =>
        `ClinicalTrials.gov sent a different study than ${nct}, so it is not shown.`,
    },
    /** Logged to the console for site owners, not shown to readers. */
    networkHint: (url: string) =>
      `<trial-summary>: could not reach ${url}. If the registry is reachable from this browser, it may not allow ` +
      `cross-origin requests from this site: set the element's api-base attribute to a same-origin proxy ` +
      `(for example api-base="/ctgov/api/v2"). See the README section "Why a site may need api-base".`,
  },

  status: {
    ACTIVE_NOT_RECRUITING: 'Ongoing, not recruiting',
    COMPLETED: 'Completed',
    ENROLLING_BY_INVITATION: 'Enrolling by invitation only',
    NOT_YET_RECRUITING: 'Not yet recruiting',
    RECRUITING: 'Recruiting',
    SUSPENDED: 'Paused (suspended)',
    TERMINATED: 'Stopped early (terminated)',
    WITHDRAWN: 'Withdrawn before anyone took part',
    AVAILABLE: 'Available (expanded access)',
    NO_LONGER_AVAILABLE: 'No longer available',
    TEMPORARILY_NOT_AVAILABLE: 'Temporarily not available',
    APPROVED_FOR_MARKETING: 'Approved for marketing',
    WITHHELD: 'Withheld',
    UNKNOWN: 'Status unknown',
  } as Record<string, string>,

  phase: {
    EARLY_PHASE1: 'Early phase 1',
    PHASE1: 'Phase 1',
    PHASE2: 'Phase 2',
    PHASE3: 'Phase 3',
    PHASE4: 'Phase 4',
    NA: 'Not applicable (this kind of study has no phases)',
  } as Record<string, string>,
  /** Two phases at once, e.g. "Phase 1 and 2". */
  phases: (names: string[]) => {
    const [first, second, ...rest] = names;
    return first &&
      second &&
      rest.length === 0 &&
      /^Phase \d$/.test(first) &&
      /^Phase \d$/.test(second)
      ? `Phase ${first.slice(6)} and ${second.slice(6)}`
      : names.join(' / ');
  },

  studyType: {
    INTERVENTIONAL: 'Interventional (tests a treatment or other intervention)',
    OBSERVATIONAL: 'Observational (watches and measures, assigns no treatment)',
    EXPANDED_ACCESS: 'Expanded access (a treatment offered outside a trial)',
  } as Record<string, string>,

  summary: {
    heading: 'Summary',
    readMore: 'Read the detailed description',
    readability: (level: ReadingLevel) =>
      `The registry’s own text is written at ${READING_LEVEL[level]} reading level.`,
  },

  header: {
    studyNumber: 'Study number',
    sponsor: 'Sponsor',
    status: 'Status',
    phase: 'Phase',
    studyType: 'Type of study',
    officialTitle: 'Official title',
    registryTitle: 'Title in the registry',
    lastKnown: (status: string) => `last known: ${status}`,
  },

  headline: {
    stage: {
      EARLY_PHASE1: 'Very early study',
      PHASE1: 'Early safety study',
      PHASE1_PHASE2: 'Early-stage study',
      PHASE2: 'Mid-stage study',
      PHASE2_PHASE3: 'Mid- to late-stage study',
      PHASE3: 'Late-stage study',
      PHASE4: 'Phase 4 study',
      NA: 'Study',
      OTHER: 'Study',
      OBSERVATIONAL: 'Observational study',
      EXPANDED_ACCESS: 'Expanded access',
    } satisfies Record<HeadlineParts['stage'], string>,
    status: {
      ACTIVE_NOT_RECRUITING: 'ongoing',
      COMPLETED: 'completed',
      ENROLLING_BY_INVITATION: 'by invitation',
      NOT_YET_RECRUITING: 'not yet recruiting',
      RECRUITING: 'recruiting',
      SUSPENDED: 'paused',
      TERMINATED: 'stopped early',
      WITHDRAWN: 'withdrawn',
      AVAILABLE: 'available',
      NO_LONGER_AVAILABLE: 'no longer available',
      TEMPORARILY_NOT_AVAILABLE: 'not available for now',
      APPROVED_FOR_MARKETING: 'approved',
      WITHHELD: 'status withheld',
      UNKNOWN: 'status unknown',
    } as Record<string, string>,
    /** Headlines from most to least detailed; the card takes the first short enough, else the brief title. */
    candidates: (h: HeadlineParts, list: (items: string[]) => string): string[] => {
      const [first, second, ...rest] = h.interventions;
      const condition = h.conditions[0];
      const status = h.status === undefined ? undefined : en.headline.status[h.status];
      const stage = en.headline.stage[h.stage];
      const withStatus = (core: string[]) =>
        core.flatMap((c) => (status ? [`${c} — ${status}`, c] : [c]));
      if (h.stage === 'OBSERVATIONAL') {
        return condition ? withStatus([`${stage} of people with ${condition}`]) : [];
      }
      if (!first || !condition) return [];
      const what =
        second === undefined
          ? [first]
          : rest.length === 0
            ? [list([first, second]), `${first} and another intervention`]
            : [`${first} and ${rest.length + 1} other interventions`];
      const joiner = h.stage === 'EXPANDED_ACCESS' ? 'to' : 'of';
      return withStatus([
        ...what.map((w) => `${stage} ${joiner} ${w} for ${condition}`),
        `${stage} ${joiner} ${first}`,
      ]);
    },
  },

  meaning: {
    heading: 'What this could mean',
    intro:
      'This is our plain reading of the record. It is not medical advice, and it does not predict what will happen.',
    reviewNote:
      'The makers of this card wrote these notes from the record. No doctor has checked them yet.',
    substance: 'Active substance',
    tested: 'What is being tested',
    observed: 'What the study looks at',
    otherNames: 'Also known as',
    about: 'About this study',
    leadTo: 'What this could lead to',
    goWrong: 'What could go wrong',
    trust: 'How current is this record',
    noRisks:
      'The record lists no specific warning signs. Every study can have side effects and other risks: ask the study team about them.',
    ownWords: 'Show the registry’s own words',
    ownWordsIntro:
      'The record fields the sentences above are based on, exactly as the registry gives them:',
    more: (count: number) => `and ${count} more`,
  },

  interventionType: {
    BEHAVIORAL: 'behaviour or lifestyle programme',
    BIOLOGICAL: 'biological product (such as a vaccine, blood product or cell therapy)',
    COMBINATION_PRODUCT: 'combination product (such as a drug with a device)',
    DEVICE: 'medical device',
    DIAGNOSTIC_TEST: 'diagnostic test',
    DIETARY_SUPPLEMENT: 'dietary supplement',
    DRUG: 'drug',
    GENETIC: 'genetic treatment or test',
    PROCEDURE: 'procedure or surgery',
    RADIATION: 'radiation',
    OTHER: 'other',
  } as Record<string, string>,

  facts: {
    tested: (items: string) => `The study tests ${items}.`,
    testedItem: (name: string, type: string | undefined) => (type ? `${name} (${type})` : name),
    /** `about`: the conditions are what the study is about (prevention, screening, healthy people taking part). */
    population: (p: { conditions?: string; ages?: string; sex?: string; about?: boolean }) =>
      p.about && p.conditions
        ? `The study is about ${p.conditions}. It is for people${p.ages ? ` ${p.ages}` : ''}${p.sex ? `, ${p.sex}` : ''}.`
        : [
            p.conditions ? `It is for people with ${p.conditions}` : 'It is for people',
            p.ages ? `, ${p.ages}` : '',
            p.sex ? `, ${p.sex}` : '',
            '.',
          ].join(''),
    ages: (min: string | undefined, max: string | undefined) =>
      min && max
        ? `aged ${min} to ${max}`
        : min
          ? `aged ${min} or older`
          : max
            ? `aged up to ${max}`
            : undefined,
    age: (n: string, unit: string, count: number) => {
      const units: Record<string, [string, string]> = {
        Years: ['year', 'years'],
        Months: ['month', 'months'],
        Weeks: ['week', 'weeks'],
        Days: ['day', 'days'],
        Hours: ['hour', 'hours'],
        Minutes: ['minute', 'minutes'],
      };
      const [one, many] = units[unit] ?? [unit, unit];
      return `${n} ${count === 1 ? one : many}`;
    },
    sex: { FEMALE: 'women only', MALE: 'men only' } as Record<string, string>,
    healthyVolunteers: (accepted: boolean): string =>
      accepted ? 'Healthy people can also take part.' : 'Healthy people cannot take part.',
    allocation: {
      RANDOMIZED: 'People are put into groups by chance.',
      NON_RANDOMIZED: 'People are not put into groups by chance.',
    } as Record<string, string>,
    model: {
      SINGLE_GROUP: 'Everyone gets the same treatment.',
      PARALLEL: 'Each group gets a different treatment at the same time.',
      CROSSOVER: 'Each person gets the treatments one after the other.',
      FACTORIAL: 'Groups get different mixes of two or more treatments.',
      SEQUENTIAL: 'Groups start one after another.',
    } as Record<string, string>,
    comparator: (placebo: boolean, sham: boolean): string =>
      placebo && sham
        ? 'Some people get a placebo or a sham: a dummy treatment or a fake procedure.'
        : placebo
          ? 'One group gets a placebo: a dummy treatment with no active medicine.'
          : 'One group gets a sham: a fake procedure or device that looks real.',
    masking: (masking: string, who: string | undefined): string =>
      masking === 'NONE'
        ? 'Everyone knows who gets which treatment.'
        : who
          ? `To keep the results fair, ${who} do not know who gets which treatment.`
          : 'To keep the results fair, some people in the study do not know who gets which treatment.',
    whoMasked: {
      PARTICIPANT: 'the people taking part',
      CARE_PROVIDER: 'their care team',
      INVESTIGATOR: 'the researchers',
      OUTCOMES_ASSESSOR: 'the people who check the results',
    } as Record<string, string>,
    enrollment: (n: string, count: number, estimated: boolean) =>
      estimated
        ? `About ${people(n, count)} are expected to take part.`
        : count === 0
          ? 'No one took part.'
          : `${cap(people(n, count))} took part.`,
    standing: {
      ACTIVE_NOT_RECRUITING: 'The study is still going on, but it is not taking new people.',
      COMPLETED: 'The study has ended.',
      ENROLLING_BY_INVITATION: 'Only people invited by the study team can join.',
      NOT_YET_RECRUITING: 'The study has not started looking for people yet.',
      RECRUITING: 'The study is looking for people to take part now.',
      SUSPENDED: 'The study is paused for now.',
      TERMINATED: 'The study was stopped early.',
      WITHDRAWN: 'The study was stopped before anyone joined.',
      AVAILABLE: 'Doctors can ask for the treatment through this programme now.',
      NO_LONGER_AVAILABLE: 'Doctors can no longer ask for the treatment through this programme.',
      TEMPORARILY_NOT_AVAILABLE:
        'Doctors cannot ask for the treatment through this programme right now.',
      APPROVED_FOR_MARKETING: 'The treatment has been approved for sale.',
      WITHHELD: 'The registry does not show the status of this programme.',
      UNKNOWN: 'The status of the study is not known.',
    } as Record<string, string>,
    lastKnown: (status: string) => `The last status the study team gave was: ${status}.`,
  },

  /** "This phase 2 study tests a possible treatment for melanoma; at this middle step, …" */
  outlook: (o: {
    studyType?: string;
    purpose?: string;
    phaseName?: string;
    phases: string[];
    conditions: string;
  }) => {
    const c = o.conditions;
    if (o.studyType === 'OBSERVATIONAL') {
      return `This study looks at people with ${c}. It does not give them a treatment. The goal is to learn more about ${c}.`;
    }
    if (o.studyType === 'EXPANDED_ACCESS') {
      return `This is an expanded access programme: a way to get a treatment outside a clinical trial, for people with ${c}.`;
    }
    const purpose: Record<string, string> = {
      TREATMENT: `tests a possible treatment for ${c}`,
      PREVENTION: `tests a possible way to prevent ${c}`,
      DIAGNOSTIC: `tests a possible way to diagnose ${c}`,
      SUPPORTIVE_CARE: `tests a possible way to make life easier for people with ${c}`,
      SCREENING: `tests a possible way to find ${c} early`,
      HEALTH_SERVICES_RESEARCH: `looks at how care for ${c} is given`,
      BASIC_SCIENCE: `aims to understand ${c} better`,
      DEVICE_FEASIBILITY: `checks whether a device for ${c} is practical to use`,
      ECT: `tests teaching, counselling or training for ${c}`,
    };
    const what = purpose[o.purpose ?? ''] ?? `is about ${c}`;
    const step = outlookStep(o.phases);
    const subject = o.phaseName
      ? `This ${o.phaseName.charAt(0).toLowerCase()}${o.phaseName.slice(1)} study`
      : 'This study';
    return step ? `${subject} ${what}. ${step}` : `${subject} ${what}.`;
  },
  theCondition: 'the condition studied',
  andMore: (count: number) => `${count} more`,

  risks: {
    phase: {
      EARLY_PHASE1:
        'Very early studies give a small number of people limited amounts of a treatment. Much about its safety and effects is not known yet.',
      PHASE1:
        'Phase 1 studies are often the first time a treatment is given to people. The main goal is to find a safe dose and learn about side effects.',
      PHASE1_PHASE2:
        'This study joins phase 1 and phase 2. It looks at safety and dose first, then at whether the treatment has an effect. Much about the treatment is not known yet.',
      PHASE2:
        'Phase 2 studies look at whether a treatment has an effect and at its side effects. Rare side effects may not show up yet.',
      PHASE2_PHASE3:
        'This study joins phase 2 and phase 3. It looks at whether the treatment has an effect, then tests it in more people.',
      PHASE3:
        'Phase 3 studies test a treatment in many people, often against the usual care or a placebo. Rare or long-term side effects may still not show up.',
      PHASE4:
        'Phase 4 studies look at a treatment that is already approved for at least one use. They learn more about its good and bad effects.',
      NA: 'This study has no phase. Phases are used mainly for studies of new drugs.',
    } satisfies Record<PhaseKey, string>,
    status: {
      ACTIVE_NOT_RECRUITING: 'The study is still going on, so its final results are not known yet.',
      COMPLETED: 'The study has ended, so it is not looking for people.',
      ENROLLING_BY_INVITATION:
        'Only people the study team invites can join. You cannot sign up on your own.',
      NOT_YET_RECRUITING: 'The study has not started yet. Its plans and dates may still change.',
      RECRUITING: 'The study is still running, so no one knows its results yet.',
      SUSPENDED: 'The study is paused. It may start again, or it may stop for good.',
      TERMINATED:
        'The study was stopped early. It may not answer the question it set out to answer.',
      WITHDRAWN: 'The study was stopped before anyone joined.',
      AVAILABLE:
        'This is not a clinical trial. A doctor can ask for the treatment for a patient. The treatment may not be approved yet.',
      NO_LONGER_AVAILABLE: 'The treatment can no longer be asked for through this programme.',
      TEMPORARILY_NOT_AVAILABLE:
        'The treatment cannot be asked for right now. This may change later.',
      APPROVED_FOR_MARKETING: 'The treatment has been approved for sale.',
      WITHHELD: 'The registry does not show the status of this programme.',
      UNKNOWN:
        'The study team has not confirmed the status of this study in over two years. The record may be out of date.',
    } as Record<string, string>,
    whyStopped: 'The reason given, in the sponsor’s own words:',
    'single-arm':
      'Everyone gets the treatment being tested. With no group to compare with, it is harder to tell which changes come from the treatment.',
    'open-label':
      'Everyone knows who gets which treatment. This can change how people judge and report what happens.',
    placebo: (placebo: boolean, sham: boolean): string =>
      placebo && sham
        ? 'Some people get a placebo or a sham instead of the treatment being tested.'
        : placebo
          ? 'Some people get a placebo instead of the treatment being tested. A placebo is a dummy treatment with no active medicine.'
          : 'Some people get a sham (a fake procedure or device) instead of the real one.',
    smallEnrollment: (n: string, count: number, estimated: boolean) =>
      count === 0
        ? 'The record says no one took part.'
        : estimated
          ? `Only about ${people(n, count)} are expected to take part. Results from small studies are less certain.`
          : `Only ${people(n, count)} took part. Results from small studies are less certain.`,
    noResults: (ended: string | undefined) =>
      ended
        ? `The study ended more than a year ago (${ended}), and no results have been posted on ClinicalTrials.gov.`
        : 'The study has ended, and no results have been posted on ClinicalTrials.gov.',
    seriousIntro: (interventional: boolean): string =>
      interventional
        ? 'Serious health problems reported during the study, by group. The record counts them whatever their cause. It does not say whether the treatment caused them.'
        : 'Serious health problems reported during the study, by group. The record counts them whatever their cause.',
    group: (g: GroupShare, n: (x: number) => string, pct: (x: number) => string) =>
      `${g.title}: ${n(g.affected)} of ${people(n(g.atRisk), g.atRisk)} (${pct(g.affected / g.atRisk)})`,
    deathsIntro: 'Deaths reported during the study, by group:',
    topEvents:
      'The serious problems reported most often (the count is for the group where each was most common):',
    event: (e: NamedEvent, n: (x: number) => string) =>
      `${e.term} (${people(n(e.affected), e.affected)} in one group)`,
    glance: {
      caption: 'Side effects at a glance',
      group: 'Group (as named in the record)',
      serious: 'Had a serious health problem',
      deaths: 'Died',
      share: (affected: string, atRisk: string, count: number, pct: string) =>
        `${affected} of ${people(atRisk, count)} (${pct})`,
    },
  },

  trust: {
    notVerified: (months: string, date: string) =>
      `The study team last confirmed the status of this study ${months} months ago (${date}). It may be out of date.`,
    unknownStatus: (lastKnown: string | undefined) =>
      lastKnown
        ? `A status is marked unknown when the study team has not confirmed it for two years. The last status they gave was: ${lastKnown}.`
        : 'A status is marked unknown when the study team has not confirmed it for two years.',
    resultsPosted: (date: string) => `Results were posted on ClinicalTrials.gov on ${date}.`,
  },

  /** Labels for record fields in "Show the registry's own words": the registry's own field names. */
  fields: {
    [FIELD.briefTitle]: 'Brief title',
    [FIELD.phases]: 'Phases',
    [FIELD.studyType]: 'Study type',
    [FIELD.purpose]: 'Primary purpose',
    [FIELD.allocation]: 'Allocation',
    [FIELD.model]: 'Intervention model',
    [FIELD.masking]: 'Masking',
    [FIELD.whoMasked]: 'Who is masked',
    [FIELD.enrollment]: 'Enrollment',
    [FIELD.enrollmentType]: 'Enrollment type',
    [FIELD.status]: 'Overall status',
    [FIELD.lastKnownStatus]: 'Last known status',
    [FIELD.whyStopped]: 'Why stopped',
    [FIELD.verified]: 'Status verified date',
    [FIELD.primaryCompletion]: 'Primary completion date',
    [FIELD.completion]: 'Completion date',
    [FIELD.resultsPosted]: 'Results first posted',
    [FIELD.conditions]: 'Conditions',
    [FIELD.interventionNames]: 'Intervention names',
    [FIELD.interventionTypes]: 'Intervention types',
    [FIELD.armTypes]: 'Arm group types',
    [FIELD.minimumAge]: 'Minimum age',
    [FIELD.maximumAge]: 'Maximum age',
    [FIELD.sex]: 'Sex',
    [FIELD.healthyVolunteers]: 'Accepts healthy volunteers',
    [FIELD.hasResults]: 'Has results',
    [FIELD.groupTitles]: 'Adverse event group titles',
    [FIELD.seriousAffected]: 'Serious adverse events: participants affected',
    [FIELD.seriousAtRisk]: 'Serious adverse events: participants at risk',
    [FIELD.deathsAffected]: 'Deaths: participants affected',
    [FIELD.deathsAtRisk]: 'Deaths: participants at risk',
    [FIELD.seriousTerms]: 'Serious adverse event terms',
    [FIELD.seriousStats]: 'Serious adverse event counts',
  } as Record<string, string>,

  conditions: {
    heading: 'Conditions',
    registrant: 'As listed by the study team',
    keywords: 'Keywords',
    mesh: 'Standard terms used by ClinicalTrials.gov',
  },

  eligibility: {
    heading: 'Who can take part',
    ages: (min: string | undefined, max: string | undefined) =>
      min && max
        ? `Ages ${min} to ${max}`
        : min
          ? `Ages ${min} and older`
          : max
            ? `Ages up to ${max}`
            : 'Any age',
    /** The registry's standard age groups and the ages it defines them by. */
    stdAge: {
      CHILD: 'Children (under 18)',
      ADULT: 'Adults (18 to 64)',
      OLDER_ADULT: 'Older adults (65 and over)',
    } as Record<string, string>,
    sex: {
      ALL: 'All sexes',
      FEMALE: 'Female only',
      MALE: 'Male only',
    } as Record<string, string>,
    genderBased: 'Based on gender identity',
    healthy: (accepted: boolean): string =>
      accepted ? 'Healthy volunteers can take part' : 'Not for healthy volunteers',
    criteria: 'Read who can and cannot take part (full list)',
    criteriaIntro:
      'The study team’s own list. Only the study team can say for sure whether you can take part.',
  },

  contacts: {
    heading: 'Contacts and locations',
    central: 'Contact the study team',
    officials: 'People leading the study',
    note: 'Note from the study team',
    sites: 'Locations',
    siteCount: (n: string, count: number) => (count === 1 ? `${n} site` : `${n} sites`),
    showAll: (n: string) => `Show all ${n} sites`,
    summary: (n: string, count: number, m: string, countries: number, recruiting: string) =>
      `${count === 1 ? `${n} site` : `${n} sites`} in ${countries === 1 ? `${m} country` : `${m} countries`}; ${recruiting} recruiting now.`,
    country: 'Country',
    allCountries: 'All countries',
    state: 'State or region',
    allStates: 'All states and regions',
    search: 'City or hospital',
    nearMe: 'Sort by distance from me',
    geo: {
      asking: 'Asking your browser for your location…',
      sorted: 'Sorted by distance from you. Your location stays in this browser.',
      noCoordinates: (n: string, count: number) =>
        count === 1
          ? `${n} site has no map position and is listed last.`
          : `${n} sites have no map position and are listed last.`,
      denied:
        'You did not allow this page to use your location, so the sites are not sorted by distance. You can choose a country or type a city instead.',
      unavailable:
        'Your location is not available right now. You can choose a country or type a city instead.',
    },
    away: (distance: string) => `${distance} away`,
    distanceUnknown: 'Distance unknown: the record gives no map position for this site.',
    map: 'Map (OpenStreetMap)',
    showing: (n: string, count: number, total: string) =>
      count === 0
        ? 'No site matches.'
        : `Showing ${count === 1 ? `${n} site` : `${n} sites`} of ${total}.`,
    noMatch: 'No site matches. Try another country, or fewer letters of the city or hospital name.',
    range: (from: string, to: string, total: string) => `Sites ${from} to ${to} of ${total}`,
    previous: (n: string) => `Previous ${n} sites`,
    next: (n: string) => `Next ${n} sites`,
    phone: 'Phone',
    extension: (ext: string) => `extension ${ext}`,
    email: 'Email',
    role: {
      CONTACT: 'Contact',
      PRINCIPAL_INVESTIGATOR: 'Principal investigator',
      SUB_INVESTIGATOR: 'Sub-investigator',
      STUDY_CHAIR: 'Study chair',
      STUDY_DIRECTOR: 'Study director',
    } as Record<string, string>,
    siteStatus: {
      ACTIVE_NOT_RECRUITING: 'Not recruiting here',
      COMPLETED: 'Finished here',
      ENROLLING_BY_INVITATION: 'By invitation only',
      NOT_YET_RECRUITING: 'Not recruiting yet',
      RECRUITING: 'Recruiting',
      SUSPENDED: 'Paused here',
      TERMINATED: 'Stopped here',
      WITHDRAWN: 'Withdrawn here',
      AVAILABLE: 'Available',
    } as Record<string, string>,
  },

  dates: {
    heading: 'Dates',
    firstPosted: 'First posted',
    lastUpdated: 'Last updated',
    lastVerified: 'Last checked by the study team',
    resultsPosted: 'Results first posted',
    start: 'Study start',
    primaryCompletion: 'Main data collection ends (primary completion)',
    completion: 'Study end',
    estimated: 'estimated',
    /** The picture's label; the list of dates below it is its text equivalent. */
    timeline: 'Timeline of the dates listed below',
    today: 'Today',
    legend:
      'Numbers match the list below. Filled marks happened; dashed marks are estimates. A shaded band is a month or a year: the record gives no exact day.',
  },

  glossary: {
    /** Shown once on a card that explains words. */
    note: 'The makers of this card wrote the word explanations. No doctor has checked them yet.',
  },

  layout: {
    expand: 'Show everything about this study',
  },

  disclaimer: {
    heading: 'Disclaimer',
    text: 'This card summarises the study’s record for information only. It is not medical advice and may leave out details that matter to you. Read the full record and talk to your doctor before deciding to take part.',
    source: 'Source: ClinicalTrials.gov, U.S. National Library of Medicine',
    retrieved: (when: string) => `retrieved ${when}`,
    link: 'Read the full study record on ClinicalTrials.gov',
    newTab: '(opens in a new tab)',
  },

  signup: {
    heading: 'Get updates',
    intro:
      'Sign up to get an email when this study changes, or when new studies start for its conditions.',
    email: 'Email address',
    emailHint:
      'Your address goes to the people who run this sign-up for this website, not to ClinicalTrials.gov or the study team.',
    topics: 'What would you like to hear about?',
    topicStudy: 'Changes to this study',
    topicCondition: (condition: string) => `New studies for ${condition}`,
    consent: 'I agree to receive these emails',
    consentAnd: 'and to',
    consentBoth: 'and',
    terms: 'the terms of use',
    privacy: 'the privacy policy',
    /** The consent sentence as plain text, as sent with the sign-up. */
    consentText: (terms: boolean, privacy: boolean) =>
      `I agree to receive these emails${
        terms && privacy
          ? ' and to the terms of use and the privacy policy'
          : terms
            ? ' and to the terms of use'
            : privacy
              ? ' and to the privacy policy'
              : ''
      }.`,
    honeypot: 'Leave this field empty',
    submit: 'Get updates',
    sending: 'Sending…',
    success: (email: string) => `Thank you. Updates will go to ${email}.`,
    failure: {
      http: (status: number | undefined) =>
        `Your sign-up could not be sent (the website answered with error ${status ?? 'unknown'}). Everything you typed is still here: please try again.`,
      network:
        'Your sign-up could not be sent: the website could not be reached. Everything you typed is still here: please try again.',
      timeout:
        'Sending your sign-up took too long. Everything you typed is still here: please try again.',
    },
    invalidEmail: 'Please enter an email address like name@example.com.',
    missingEmail: 'Please enter your email address.',
    missingTopic: 'Please choose at least one thing to hear about.',
    missingConsent: 'Please tick the box to agree before signing up.',
  },

  follow: {
    heading: 'Follow without signing up',
    intro:
      'RSS is a free way to follow websites in a news reader app. These feeds come straight from ClinicalTrials.gov.',
    study: 'Changes to this study (RSS feed)',
    condition: (condition: string) => `New studies for ${condition} (RSS feed)`,
  },
};

export type Strings = typeof en;

function outlookStep(phases: string[]): string | undefined {
  const has = (p: string) => phases.includes(p);
  if (has('EARLY_PHASE1'))
    return 'At this very early step, a few people get limited amounts of the treatment. Researchers mainly learn about safety and how it acts in the body.';
  if (has('PHASE1') && has('PHASE2'))
    return 'It first checks safety and dose. Then it looks at whether the treatment has an effect.';
  if (has('PHASE1'))
    return 'At this first step, researchers mostly check safety and the right dose in a small group.';
  if (has('PHASE2') && has('PHASE3'))
    return 'It first looks at whether the treatment has an effect. Then it tests it in more people.';
  if (has('PHASE2'))
    return 'At this middle step, researchers look at whether the treatment has an effect, and at its side effects.';
  if (has('PHASE3')) return 'At this late step, researchers test the treatment in many people.';
  if (has('PHASE4'))
    return 'The treatment is already approved for at least one use. This step learns more about its good and bad effects.';
  return undefined;
}
