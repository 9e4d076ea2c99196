/** English for the blocks below the first screen (see en-first.ts). */
import { FIELD, type GroupShare, type NamedEvent, type PhaseKey } from '../view-model/plain.js';
import type { JoinState, Tense } from '../view-model/join.js';
import { by, cap, get, onOrIn, outlookStep, people, verb } from './en-words.js';

export const enRest = {
  /** What this could mean; `meaning`'s first-screen labels (the registry's own words) are in en-first.ts. */
  meaning: {
    heading: 'What this could mean',
    intro:
      'This is our plain reading of the record. It is not medical advice, and it does not predict what will happen.',
    reviewNote:
      'The makers of this card wrote these notes from the record. No doctor has checked them yet.',
    substance: 'Active substance',
    tested: (tense: Tense) =>
      by(tense, {
        present: 'What is being tested',
        past: 'What was tested',
        future: 'What will be tested',
        meant: 'What was to be tested',
      }),
    compared: (tense: Tense) =>
      by(tense, {
        present: 'What it is compared with',
        past: 'What it was compared with',
        future: 'What it will be compared with',
        meant: 'What it was to be compared with',
      }),
    everyone: (tense: Tense) =>
      by(tense, {
        present: 'What every group gets',
        past: 'What every group got',
        future: 'What every group will get',
        meant: 'What every group was to get',
      }),
    measures: 'Used only to check or measure',
    observed: (tense: Tense) =>
      by(tense, {
        present: 'What the study looks at',
        past: 'What the study looked at',
        future: 'What the study will look at',
        meant: 'What the study was meant to look at',
      }),
    otherNames: 'Also known as',
    about: 'About this study',
    leadTo: 'What this could lead to',
    goWrong: 'What could go wrong',
    trust: 'How current is this record',
    noRisks:
      'The record lists no specific warning signs. Every study can have side effects and other risks: ask the study team about them.',
  },

  fields: {
    [FIELD.nctId]: 'Study number',
    [FIELD.officialTitle]: 'Official title',
    [FIELD.sponsor]: 'Lead sponsor',
    [FIELD.briefSummary]: 'Brief summary',
    [FIELD.detailedDescription]: 'Detailed description',
    [FIELD.genderBased]: 'Gender-based eligibility',
    [FIELD.genderDescription]: 'Gender eligibility description',
    [FIELD.stdAges]: 'Age groups',
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
    [FIELD.armLabels]: 'Arm group labels',
    [FIELD.armDescriptions]: 'Arm group descriptions',
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
    [FIELD.start]: 'Start date',
    [FIELD.expandedAccess]: 'Expanded access',
    [FIELD.siteStatuses]: 'Site recruitment statuses',
    [FIELD.interventionArms]: 'Intervention arm group labels',
    [FIELD.interventionDescriptions]: 'Intervention descriptions',
    [FIELD.timePerspective]: 'Time perspective',
    [FIELD.studyPopulation]: 'Study population',
    [FIELD.criteria]: 'Eligibility criteria',
    [FIELD.otherAffected]: 'Other adverse events: participants affected',
    [FIELD.otherAtRisk]: 'Other adverse events: participants at risk',
    [FIELD.timeFrame]: 'Adverse events time frame',
    [FIELD.references]: 'References',
  } as Record<string, string>,

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
    tested: (items: string, tense: Tense) =>
      `The study ${verb(tense, 'test', 'tests', 'tested')} ${items}.`,
    testedItem: (name: string, type: string | undefined) => (type ? `${name} (${type})` : name),
    /** What it is compared with: named treatments, a placebo or sham, or no added treatment. */
    compared: (
      c: { names?: string; placebo: boolean; sham: boolean; none: boolean; armless?: boolean },
      tense: Tense,
    ) => {
      const some = get(tense);
      return [
        // Without arm groups the record does not say who got what: no "some people … instead".
        c.names && c.armless
          ? `The study ${by(tense, { present: 'compares what it tests', past: 'compared what it tested', future: 'will compare what it tests', meant: 'was to compare what it tested' })} with ${c.names}.`
          : c.names
            ? `To compare, some people ${some} ${c.names} instead.`
            : '',
        c.placebo && c.sham
          ? `Some people ${some} a placebo or a sham instead: a dummy treatment or a fake procedure.`
          : c.placebo
            ? `Some people ${some} a placebo instead. A placebo is a dummy treatment with no medicine in it.`
            : c.sham
              ? `Some people ${some} a sham instead: a fake procedure that looks real.`
              : '',
        c.none
          ? `One group ${by(tense, { present: 'does not get', past: 'did not get', future: 'will not get', meant: 'was not to get' })} what is tested, to compare with.`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
    },
    dummyInTested: (tense: Tense) =>
      `Some groups that ${get(tense)} what is tested also ${by(tense, { present: 'get', past: 'got', future: 'get', meant: 'get' })} a placebo or a sham at some points, as the record describes.`,
    dummyMentioned: (placebo: boolean, sham: boolean): string =>
      `The record’s title or summary speaks of ${placebo && sham ? 'a placebo or a sham' : placebo ? 'a placebo' : 'a sham'}. It does not say who gets it.`,
    everyone: (items: string, tense: Tense) =>
      `Everyone ${by(tense, { present: 'also gets', past: 'also got', future: 'will also get', meant: 'was also to get' })} ${items}.`,
    measures: (items: string, count: number, tense: Tense) =>
      `${cap(items)} ${by(tense, {
        present: count === 1 ? 'is' : 'are',
        past: count === 1 ? 'was' : 'were',
        future: 'will be',
        meant: count === 1 ? 'was to be' : 'were to be',
      })} used to check or measure, not as what is tested.`,
    /** Who the study is for, in the tense of its status: `join` says whether people can still join. */
    population: (p: {
      conditions?: string;
      ages?: string;
      sex?: string;
      about?: boolean;
      join: JoinState;
      some: boolean;
      tense: Tense;
      observational?: boolean;
    }) => {
      const open =
        p.join === 'recruiting' || p.join === 'by-invitation' || p.join === 'not-yet-recruiting';
      const forWhom = p.observational
        ? by(p.tense, {
            present: 'It looks at people',
            past: 'It looked at people',
            future: 'It will look at people',
            meant: 'It was meant to look at people',
          })
        : p.join === 'not-taking-new-people' || p.join === 'paused'
          ? `It includes${p.conditions && p.some && !p.about ? ' some' : ''} people`
          : by(p.tense, {
              present: 'It is for',
              past: 'It was for',
              future: 'It will be for',
              meant: 'It was meant for',
            }) + (p.conditions && p.some && !p.about ? ' some people' : ' people');
      const tail = `${p.ages ? ` ${p.ages}` : ''}${p.sex ? `, ${p.sex}` : ''}.`;
      const more =
        p.some && open ? ' More rules decide who can take part: see “Who can take part”.' : '';
      if (p.about && p.conditions) {
        const is = by(p.tense, {
          present: 'is',
          past: 'was',
          future: 'will be',
          meant: 'was meant to be',
        });
        return `The study ${is} about ${p.conditions}. ${forWhom.replace(' some people', ' people')}${tail}${more}`;
      }
      return `${forWhom}${p.conditions ? ` with ${p.conditions}` : ''}${p.ages ? `${p.conditions ? ',' : ''} ${p.ages}` : ''}${p.sex ? `, ${p.sex}` : ''}.${more}`;
    },
    /** An observational study: what it does, never treatment words. */
    /** The conditions are what it is about: the people observed may not have them (carers, doctors). */
    observed: (o: { conditions?: string; perspective?: string }, tense: Tense) => {
      const about = o.conditions
        ? `The study ${by(tense, { present: 'is', past: 'was', future: 'will be', meant: 'was meant to be' })} about ${o.conditions}. It`
        : 'The study';
      const what =
        o.perspective === 'RETROSPECTIVE'
          ? `${verb(tense, 'look back at', 'looks back at', 'looked back at')} records from the past`
          : o.perspective === 'PROSPECTIVE'
            ? `${verb(tense, 'follow', 'follows', 'followed')} the people in it over time`
            : o.perspective === 'CROSS_SECTIONAL'
              ? `${verb(tense, 'look at', 'looks at', 'looked at')} the people in it at one point in time`
              : `${verb(tense, 'watch and measure', 'watches and measures', 'watched and measured')} what happens to the people in it`;
      return `${about} ${what}. The record lists it as observational: such studies watch and measure, and do not assign treatments.`;
    },
    observedPopulation: 'How the study team describes the people in it:',
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
      const [one, many] = Object.hasOwn(units, unit)
        ? (units[unit] as [string, string])
        : [unit, unit];
      return `${n} ${count === 1 ? one : many}`;
    },
    sex: { FEMALE: 'women only', MALE: 'men only' } as Record<string, string>,
    /** `tense` 'record': what the record says, for a study that may not be taking people now. */
    healthyVolunteers: (accepted: boolean, tense: Tense | 'record'): string =>
      tense === 'record'
        ? `The record says healthy people ${accepted ? 'can also' : 'cannot'} take part.`
        : accepted
          ? `Healthy people ${by(tense, { present: 'can', past: 'could', future: 'can', meant: 'could' })} also take part.`
          : `Healthy people ${by(tense, { present: 'cannot', past: 'could not', future: 'cannot', meant: 'could not' })} take part.`,
    allocation: (allocation: string, tense: Tense): string | undefined => {
      const are = by(tense, {
        present: 'are',
        past: 'were',
        future: 'will be',
        meant: 'were to be',
      });
      return allocation === 'RANDOMIZED'
        ? `People ${are} put into groups by chance.`
        : allocation === 'NON_RANDOMIZED'
          ? `People ${by(tense, { present: 'are not', past: 'were not', future: 'will not be', meant: 'were not to be' })} put into groups by chance.`
          : undefined;
    },
    model: (model: string, tense: Tense): string | undefined => {
      const is = by(tense, { present: 'is', past: 'was', future: 'will be', meant: 'was to be' });
      const are = by(tense, {
        present: 'are',
        past: 'were',
        future: 'will be',
        meant: 'were to be',
      });
      switch (model) {
        case 'SINGLE_GROUP':
          return `There ${is} one group, with no other group to compare with.`;
        case 'PARALLEL':
          return `People ${are} in separate groups at the same time.`;
        case 'CROSSOVER':
          return `Each person ${get(tense, true)} the treatments one after the other.`;
        case 'FACTORIAL':
          return `Groups ${get(tense)} different mixes of two or more treatments.`;
        case 'SEQUENTIAL':
          return `Groups ${by(tense, { present: 'start', past: 'started', future: 'will start', meant: 'were to start' })} one after another.`;
        default:
          return undefined;
      }
    },
    masking: (masking: string, who: string | undefined, tense: Tense): string => {
      const gets = by(tense, { present: 'gets', past: 'got', future: 'gets', meant: 'got' });
      return masking === 'NONE'
        ? `Everyone ${by(tense, { present: 'knows', past: 'knew', future: 'will know', meant: 'was to know' })} which treatment they ${by(tense, { present: 'get', past: 'got', future: 'get', meant: 'got' })}.`
        : `To keep the results fair, ${who ?? 'some people in the study'} ${by(tense, {
            present: 'do not know',
            past: 'did not know',
            future: 'will not know',
            meant: 'were not to know',
          })} who ${gets} which treatment.`;
    },
    whoMasked: {
      PARTICIPANT: 'the people taking part',
      CARE_PROVIDER: 'their care team',
      INVESTIGATOR: 'the researchers',
      OUTCOMES_ASSESSOR: 'the people who check the results',
    } as Record<string, string>,
    enrollment: (
      n: string,
      count: number,
      estimated: boolean,
      retrospective: boolean,
      tense: Tense,
    ) =>
      estimated
        ? `About ${people(n, count)} ${tense === 'past' || tense === 'meant' ? 'were' : 'are'} expected to take part.`
        : count === 0
          ? 'No one took part.'
          : retrospective
            ? `It ${tense === 'present' || tense === 'future' ? 'includes' : 'included'} the records of ${people(n, count)}.`
            : tense === 'present' || tense === 'future'
              ? `${cap(people(n, count))} ${count === 1 ? 'has' : 'have'} joined.`
              : `${cap(people(n, count))} took part.`,
  },

  /** "This phase 2 study tests a way to treat melanoma. At this middle step, …" */
  outlook: (o: {
    studyType?: string;
    purpose?: string;
    phaseName?: string;
    phases: string[];
    conditions: string;
    tense: Tense;
  }) => {
    const c = o.conditions;
    if (o.studyType === 'OBSERVATIONAL') {
      return 'In studies like this one, the researchers do not decide who gets which treatment: they watch and measure. What they find can help plan future research and care.';
    }
    if (o.studyType === 'EXPANDED_ACCESS') {
      return `This ${o.tense === 'present' ? 'is' : 'was'} an expanded access programme: a way to get a treatment outside a clinical trial, for people with ${c}.`;
    }
    const test = verb(o.tense, 'test', 'tests', 'tested');
    const purpose: Record<string, string> = {
      TREATMENT: `${test} a way to treat ${c}`,
      PREVENTION: `${test} a way to prevent ${c}`,
      DIAGNOSTIC: `${test} a way to diagnose ${c}`,
      SUPPORTIVE_CARE: `${test} a way to make life easier for people with ${c}`,
      SCREENING: `${test} a way to find ${c} early`,
      HEALTH_SERVICES_RESEARCH: `${verb(o.tense, 'look at', 'looks at', 'looked at')} how care for ${c} is given`,
      BASIC_SCIENCE: `${verb(o.tense, 'study', 'studies', 'studied')} ${c}, to understand it better`,
      DEVICE_FEASIBILITY: `${verb(o.tense, 'check', 'checks', 'checked')} whether a device for ${c} is practical to use`,
      ECT: `${test} teaching, counselling or training for ${c}`,
    };
    const what =
      o.purpose !== undefined && Object.hasOwn(purpose, o.purpose)
        ? (purpose[o.purpose] as string)
        : `${by(o.tense, { present: 'is', past: 'was', future: 'will be', meant: 'was meant to be' })} about ${c}`;
    const step = outlookStep(o.phases);
    const subject = o.phaseName
      ? `This ${o.phaseName.charAt(0).toLowerCase()}${o.phaseName.slice(1)} study`
      : 'This study';
    return step ? `${subject} ${what}. ${step}` : `${subject} ${what}.`;
  },
  risks: {
    phase: {
      EARLY_PHASE1:
        'Very early studies give a small number of people limited amounts of a treatment. Much about its safety and effects is not known yet.',
      PHASE1:
        'Phase 1 studies are often the first time a treatment is given to people. The main goal is to find a safe dose and learn about side effects.',
      PHASE1_PHASE2:
        'Studies that join phase 1 and phase 2 look at safety and dose first, then at whether the treatment has an effect. Much about the treatment is not known yet.',
      PHASE2:
        'Phase 2 studies look at whether a treatment has an effect and at its side effects. Rare side effects may not show up yet.',
      PHASE2_PHASE3:
        'Studies that join phase 2 and phase 3 look at whether the treatment has an effect, then test it in more people.',
      PHASE3:
        'Phase 3 studies test a treatment in many people, often against the usual care or a placebo. Rare or long-term side effects may still not show up.',
      PHASE4:
        'Phase 4 studies usually look at a treatment already approved for at least one use. They learn more about its good and bad effects.',
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
    asOf: (date: string) => `The study team last confirmed this in ${date}.`,
    /** The status speaks of now and the record has no date for it. */
    unchecked: 'The record does not say when the study team last confirmed this.',
    'single-arm': (tense: Tense) =>
      by(tense, {
        present:
          'There is only one group, so there is no group to compare with. This makes it harder to tell which changes come from the treatment.',
        past: 'There was only one group, so there was no group to compare with. This makes it harder to tell which changes came from the treatment.',
        future:
          'There will be only one group, so there will be no group to compare with. This makes it harder to tell which changes come from the treatment.',
        meant:
          'There was to be only one group, with no group to compare with. This makes it harder to tell which changes come from the treatment.',
      }),
    'open-label': (tense: Tense) =>
      by(tense, {
        present:
          'Everyone knows which treatment they get. This can change how people judge and report what happens.',
        past: 'Everyone knew which treatment they got. This can change how people judge and report what happened.',
        future:
          'Everyone will know which treatment they get. This can change how people judge and report what happens.',
        meant:
          'Everyone was to know which treatment they got. This can change how people judge and report what happens.',
      }),
    /** Only while people can still join: the chance of not getting what is tested. */
    placebo: (placebo: boolean, sham: boolean): string =>
      placebo && sham
        ? 'If you take part, you might be in a group that gets a placebo or a sham, not the treatment being tested.'
        : placebo
          ? 'If you take part, you might get a placebo, not the treatment being tested. A placebo is a dummy treatment with no medicine in it.'
          : 'If you take part, you might be in a group that gets a sham (a fake procedure or device), not the real one.',
    smallEnrollment: (n: string, count: number, estimated: boolean, tense: Tense) =>
      count === 0
        ? 'The record says no one took part.'
        : estimated
          ? `Only about ${people(n, count)} ${tense === 'past' || tense === 'meant' ? 'were' : 'are'} expected to take part. Results from small studies are less certain.`
          : `Only ${people(n, count)} took part. Results from small studies are less certain.`,
    noResults: (ended: string | undefined) =>
      ended
        ? `The study ended ${onOrIn(ended)}, and no results have been posted on ClinicalTrials.gov.`
        : 'The study has ended, and no results have been posted on ClinicalTrials.gov.',
    seriousIntro: (interventional: boolean): string =>
      interventional
        ? 'Serious health problems from any cause reported during the study, by group. The record counts them whatever their cause. It does not say whether the treatment caused them.'
        : 'Serious health problems from any cause reported during the study, by group. The record counts them whatever their cause.',
    group: (g: GroupShare, n: (x: number) => string, pct: (x: number) => string) =>
      `${g.title}: ${n(g.affected)} of ${people(n(g.atRisk), g.atRisk)} (${pct(g.affected / g.atRisk)})`,
    deathsIntro:
      'Deaths from any cause reported during the study, by group. This includes deaths from the illness itself. The record does not say what caused them.',
    otherIntro:
      'Other, less serious health problems from any cause reported during the study, by group:',
    timeFrame: 'How long they were counted, in the record’s words:',
    topEvents:
      'The serious problems reported most often, each with the group where it was most common:',
    event: (e: NamedEvent, n: (x: number) => string) =>
      e.group !== undefined && e.atRisk !== undefined
        ? `${e.term}: ${n(e.affected)} of ${people(n(e.atRisk), e.atRisk)} in the group “${e.group}”`
        : `${e.term} (${people(n(e.affected), e.affected)} in one group)`,
    glance: {
      caption: (deaths: boolean): string =>
        deaths
          ? 'Serious health problems and deaths from any cause, by group'
          : 'Serious health problems from any cause, by group',
      group: 'Group (as named in the record)',
      serious: 'Had a serious health problem (any cause)',
      deaths: 'Died (any cause)',
      share: (affected: string, atRisk: string, count: number, pct: string) =>
        `${affected} of ${people(atRisk, count)} (${pct})`,
    },
  },

  papers: {
    heading: 'Papers the record lists with its results',
    intro:
      'The study team listed these papers with the results. Some may be background reading from before the study.',
    link: (pmid: string) => `PubMed ${pmid}`,
  },

  trust: {
    notVerified: (date: string) =>
      `The study team last confirmed the status of this study in ${date}. It may be out of date.`,
    unknownStatus: (lastKnown: string | undefined) =>
      lastKnown
        ? `A status is marked unknown when the study team has not confirmed it for two years. The last status they gave was: ${lastKnown}.`
        : 'A status is marked unknown when the study team has not confirmed it for two years.',
    resultsPosted: (date: string) => `Results were posted on ClinicalTrials.gov on ${date}.`,
  },

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
      accepted ? 'Healthy volunteers: yes' : 'Healthy volunteers: no',
    criteria: 'Read the full list of rules for taking part',
    headingPast: 'Who could take part',
    criteriaIntro: (open: boolean): string =>
      open
        ? 'The study team’s own list. Only the study team can say for sure whether you can take part.'
        : 'The study team’s own list.',
  },

  contacts: {
    heading: 'Contacts and locations',
    central: 'Contact the study team',
    officials: 'People leading the study',
    note: 'Note from the study team',
    sites: 'Locations',
    siteCount: (n: string, count: number) => (count === 1 ? `${n} site` : `${n} sites`),
    showAll: (n: string) => `Show all ${n} sites`,
    /**
     * `recruiting`: how many sites recruit, said only while the study is open to new people; `asOf`: the month
     * of the last check, given when the record is old (else "now").
     */
    summary: (
      n: string,
      count: number,
      m: string,
      countries: number,
      recruiting: string | undefined,
      asOf: string | undefined,
    ) =>
      `${count === 1 ? `${n} site` : `${n} sites`} in ${countries === 1 ? `${m} country` : `${m} countries`}${
        recruiting === undefined
          ? ''
          : `; ${recruiting} recruiting ${asOf ? `as of ${asOf}` : 'now'}`
      }.`,
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
    passed: 'expected; this date has passed and the record was not updated',
    planned: 'planned; the study was withdrawn',
    /** The picture's label; the list of dates below it is its text equivalent. */
    timeline: 'Timeline of the dates listed below',
    today: 'Today',
    legend:
      'Numbers match the list below. Filled marks happened; dashed marks are estimates. A shaded band is a month or a year: the record gives no exact day.',
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
