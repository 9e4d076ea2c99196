/**
 * English for the first screen: the states, the header and its "Can I join?" answer, the headline, the summary,
 * the disclaimer. The rest (en-rest.ts, with the labels of the registry's own words) comes with the blocks
 * below the first screen.
 */
import type { HeadlineParts } from '../view-model/plain.js';
import type { JoinState } from '../view-model/join.js';
import type { ReadingLevel } from '../view-model/readability.js';
import { READING_LEVEL, onOrIn } from './en-words.js';

export const enFirst = {
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
    continues: 'The registry’s text continues on ClinicalTrials.gov.',
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
    /** Beside a status that speaks of now, on an old record. */
    asOf: (date: string) => `as of ${date}`,
  },

  /** "Can I join?": the answer in the header of every card. */
  join: {
    label: 'Can I join?',
    answer: (j: {
      state: JoinState;
      status?: string;
      /** Month and year of the last check; `undefined` when the record has none. */
      asOf?: string;
      stale: boolean;
      start?: { date: string; passed: boolean };
      lastKnown?: string;
      /** The last status given would let people join (recruiting, not yet, by invitation). */
      lastKnownOpen?: boolean;
      sites?: { recruiting: string; total: string; count: number; of: number };
    }): string => {
      // The end of the answer's first sentence: dated, or saying in a sentence of its own that it cannot be.
      const asOf = j.asOf
        ? `, as of ${j.asOf}.`
        : '. The record does not say when this was last checked.';
      const sites =
        j.sites === undefined
          ? ''
          : j.sites.count === 0
            ? ' The record lists no site that is recruiting yet.'
            : ` ${j.sites.recruiting} of ${j.sites.of === 1 ? '1 site' : `${j.sites.total} sites`} ${
                j.sites.count === 1 ? (j.stale ? 'was' : 'is') : j.stale ? 'were' : 'are'
              } recruiting.`;
      switch (j.state) {
        case 'recruiting':
          return j.stale
            ? `Maybe: the study was looking for people to take part${asOf} This may have changed since.${sites}`
            : `Maybe: the study is looking for people to take part${asOf}${sites}`;
        case 'not-yet-recruiting':
          return `Not yet: the study has not started looking for people${asOf}${
            j.start
              ? j.start.passed
                ? ` It expected to start ${onOrIn(j.start.date)}. This date has passed and the record was not updated.`
                : ` It expects to start ${onOrIn(j.start.date)}.`
              : ''
          }${sites}`;
        case 'by-invitation':
          return j.status === 'AVAILABLE'
            ? `Not as a study: a doctor can ask for this treatment for a patient through this programme${asOf}`
            : `Only if invited: the study team chooses who takes part, and you cannot sign up on your own${asOf}`;
        case 'not-taking-new-people':
          return `No: the study is still going on, but it is not taking new people${asOf}`;
        case 'paused':
          return j.status === 'TEMPORARILY_NOT_AVAILABLE'
            ? `Not now: this programme is not available for now${asOf}`
            : `Not now: the study is paused, so nobody can join${asOf} It may start again or stop for good.`;
        case 'ended':
          return j.status === 'TERMINATED'
            ? 'No: the study was stopped early.'
            : j.status === 'NO_LONGER_AVAILABLE'
              ? 'No: this programme is no longer available.'
              : j.status === 'APPROVED_FOR_MARKETING'
                ? 'No: this programme has ended. The treatment has been approved for sale.'
                : 'No: the study has ended.';
        case 'withdrawn':
          return 'No: the study was withdrawn before anyone took part.';
        case 'unknown':
          return `${j.lastKnown && !j.lastKnownOpen ? 'Probably not' : 'Unknown'}: ${
            j.asOf
              ? `the study team has not confirmed the status since ${j.asOf}.`
              : 'the record does not say whether the study is taking people.'
          }${j.lastKnown ? ` The last status they gave was: ${j.lastKnown}.` : ''}${
            j.lastKnown && !j.lastKnownOpen ? '' : ' Ask the study team.'
          }`;
      }
    },
    /** What "recruiting" means in practice, under an answer that is not a plain no. */
    /** `sites`: the study lists more than one site. */
    means: (sites: boolean): string =>
      `Taking part is never automatic: you first have checks (screening), and the study team decides who can join.${
        sites ? ' Not every site may be open yet.' : ''
      }`,
    expandedAccess:
      'Another way to get this treatment may exist: the record says there is expanded access to it, outside the study. Ask your doctor.',
    expandedAccessLink: (nct: string) => `Expanded access record ${nct}`,
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
      const status = h.status === undefined ? undefined : enFirst.headline.status[h.status];
      const stage = enFirst.headline.stage[h.stage];
      const withStatus = (core: string[]) =>
        core.flatMap((c) => (status ? [`${c} — ${status}`, c] : [c]));
      if (h.stage === 'OBSERVATIONAL') {
        // "about", not "of people with": those observed may be carers, doctors or records.
        return condition ? withStatus([`${stage} about ${condition}`]) : [];
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

  /** The first screen's part of `meaning`: the registry's own words under the header (the rest is in en-rest.ts). */
  meaning: {
    ownWords: 'Show the registry’s own words',
    ownWordsIntro:
      'The record fields the sentences above are based on, exactly as the registry gives them:',
    more: (count: number) => `and ${count} more`,
  },

  theCondition: 'the condition studied',
  andMore: (count: number) => `${count} more`,

  /** Labels for record fields in "Show the registry's own words": the registry's own field names. */

  glossary: {
    /** Shown once on a card that explains words. */
    note: 'The makers of this card wrote the word explanations. No doctor has checked them yet.',
  },
  layout: {
    expand: 'Show everything about this study',
  },

  disclaimer: {
    heading: 'Disclaimer',
    text: 'This card summarises the study’s record for information only. It is not medical advice and may leave out details that matter to you. Read the full record, and talk to your doctor about anything here that matters to you.',
    source: 'Source: ClinicalTrials.gov, U.S. National Library of Medicine',
    retrieved: (when: string) => `retrieved ${when}`,
    link: 'Read the full study record on ClinicalTrials.gov',
    newTab: '(opens in a new tab)',
  },
};
