/**
 * English: every word the widget writes itself. Registry text is never here; it is shown as it is.
 *
 * The explanations (`meaning`, `risks`, the status and phase explanations) were written for this project from
 * the registry's own definitions and have NOT yet been reviewed by a clinician: `explanationsReviewed` says so,
 * and the card shows `meaning.reviewNote` beside them.
 */
import type { GroupEvents } from '../view-model/study.js';

type Plural = (n: string, count: number) => string;

const people: Plural = (n, count) => (count === 1 ? `${n} person` : `${n} people`);

export const en = {
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

  header: {
    studyNumber: 'Study number',
    sponsor: 'Sponsor',
    status: 'Status',
    phase: 'Phase',
    studyType: 'Type of study',
    officialTitle: 'Official title',
    lastKnown: (status: string) => `last known: ${status}`,
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
  },

  meaning: {
    heading: 'What this could mean',
    intro:
      'Our plain-language reading of the record. It is for information only: not medical advice or a prediction.',
    reviewNote:
      'These explanations were written by the makers of this card from the record and have not yet been reviewed by a clinician.',
    substance: 'Active substance',
    tested: 'What is being tested',
    otherNames: 'Also known as',
    leadTo: 'What this could lead to',
    goWrong: 'What could go wrong',
    noRisks:
      'The record lists no specific warning signs. Every study can have side effects and other risks: ask the study team about them.',
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

  /** "This phase 2 study looks for better ways to treat melanoma; at this step, …" */
  outlook: (o: {
    studyType?: string;
    purpose?: string;
    phaseName?: string;
    phases: string[];
    conditions: string;
  }) => {
    const c = o.conditions;
    if (o.studyType === 'OBSERVATIONAL') {
      return `This observational study follows people with ${c} without assigning a treatment, to learn more about ${c}.`;
    }
    if (o.studyType === 'EXPANDED_ACCESS') {
      return `This is an expanded access programme: it offers a treatment outside a clinical trial to people with ${c} who cannot join one.`;
    }
    const purpose: Record<string, string> = {
      TREATMENT: `tests a possible treatment for ${c}`,
      PREVENTION: `tests a possible way to prevent ${c}`,
      DIAGNOSTIC: `tests a possible way to diagnose ${c}`,
      SUPPORTIVE_CARE: `tests a possible way to improve comfort and quality of life for people with ${c}`,
      SCREENING: `tests a possible way to find ${c} early`,
      HEALTH_SERVICES_RESEARCH: `looks at how care for ${c} is organised and delivered`,
      BASIC_SCIENCE: `aims to understand ${c} better`,
      DEVICE_FEASIBILITY: `checks whether a device for ${c} is practical to use`,
      ECT: `tests education, counselling or training for ${c}`,
    };
    const what = purpose[o.purpose ?? ''] ?? `is about ${c}`;
    const step = outlookStep(o.phases);
    const subject = o.phaseName
      ? `This ${o.phaseName.charAt(0).toLowerCase()}${o.phaseName.slice(1)} study`
      : 'This study';
    return step ? `${subject} ${what}; ${step}` : `${subject} ${what}.`;
  },
  theCondition: 'the condition studied',
  andMore: (count: number) => `${count} more`,

  risks: {
    'early-phase':
      'This is an early-phase study: researchers are still learning about the treatment’s safety and dose, and much about it is not yet known.',
    stopped: {
      TERMINATED: 'The study was stopped early.',
      WITHDRAWN: 'The study was withdrawn before anyone took part.',
      SUSPENDED: 'The study is paused for now.',
    },
    whyStopped: 'The reason given, in the sponsor’s own words:',
    smallEnrollment: (n: string, count: number, estimated: boolean) =>
      count === 0
        ? 'The record says no one took part.'
        : estimated
          ? `Only about ${people(n, count)} are expected to take part, so its results may be less certain than a larger study’s.`
          : `Only ${people(n, count)} took part, so its results may be less certain than a larger study’s.`,
    noResults: (ended: string | undefined) =>
      ended
        ? `The study ended (${ended}), and no results have been posted on ClinicalTrials.gov so far.`
        : 'The study has ended, and no results have been posted on ClinicalTrials.gov so far.',
    seriousIntro:
      'Serious medical problems reported during the study, by group. The record counts them whatever their cause; it does not say whether the treatment caused them.',
    group: (g: GroupEvents, n: (x: number) => string, pct: (x: number) => string) =>
      `${g.title}: ${n(g.affected)} of ${people(n(g.atRisk), g.atRisk)} (${pct(g.affected / g.atRisk)})`,
    deathsIntro: 'Deaths reported during the study, by group:',
  },

  conditions: {
    heading: 'Conditions',
    registrant: 'As listed by the study team',
    keywords: 'Keywords',
    mesh: 'Standard terms used by ClinicalTrials.gov',
  },

  contacts: {
    heading: 'Contacts and locations',
    central: 'Contact the study team',
    officials: 'People leading the study',
    note: 'Note from the study team',
    sites: 'Locations',
    siteCount: (n: string, count: number) => (count === 1 ? `${n} site` : `${n} sites`),
    showAll: (n: string) => `Show all ${n} sites`,
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
    intro: 'Sign up to hear when this study’s record changes.',
    email: 'Email address',
    emailHint:
      'Your address goes to the website you are on, not to ClinicalTrials.gov or the study team.',
    consent: 'I agree to receive emails about this study',
    consentTerms: 'and to the',
    terms: 'terms of use',
    submit: 'Get updates',
    sending: 'Sending…',
    success: (email: string) => `Thank you. Updates will go to ${email}.`,
    failure: 'Your sign-up could not be sent. Your details are still here: please try again.',
    invalidEmail: 'Please enter an email address like name@example.com.',
    missingEmail: 'Please enter your email address.',
    missingConsent: 'Please tick the box to agree before signing up.',
  },
};

export type Strings = typeof en;

function outlookStep(phases: string[]): string | undefined {
  const has = (p: string) => phases.includes(p);
  if (has('EARLY_PHASE1'))
    return 'at this very early step, a few people receive small doses so that researchers can learn how the treatment acts in the body; it is not meant to treat them.';
  if (has('PHASE1') && has('PHASE2'))
    return 'it combines an early step that checks safety and dose with a middle step that looks at whether the treatment has an effect.';
  if (has('PHASE1'))
    return 'at this first step, researchers mainly check safety and the right dose in a small group.';
  if (has('PHASE2') && has('PHASE3'))
    return 'it combines a middle step that looks at whether the treatment has an effect with a larger step that compares it with standard care.';
  if (has('PHASE2'))
    return 'at this middle step, researchers look at whether the treatment has an effect and at its side effects, in a larger group.';
  if (has('PHASE3'))
    return 'at this late step, researchers compare the treatment with standard care or a placebo in many people.';
  if (has('PHASE4'))
    return 'the treatment is already approved for at least one use, and this step looks further at its benefits and risks.';
  return undefined;
}
