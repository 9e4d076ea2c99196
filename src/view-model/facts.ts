/** "What this could mean": the short facts of a study — what is tested, in whom, how, how many. */
import { FIELD, type Sourced } from './fields.js';
import type { JoinState, Tense } from './join.js';
import { optional } from './optional.js';
import type { Role } from './roles.js';
import { interventional, plannedTense, type Context, type Intervention } from './context.js';

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
        /** The record has no arm groups: it does not say who got what (a crossover gives both in turn). */
        armless: boolean;
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
      c.dummyArms.includes('PLACEBO_COMPARATOR') ||
      c.roles.some((i) => i.role === 'dummy' && /placebo|vehicle/i.test(i.name));
    const sham =
      c.dummyArms.includes('SHAM_COMPARATOR') ||
      c.roles.some((i) => i.role === 'dummy' && /sham/i.test(i.name));
    const none = c.armTypes.includes('NO_INTERVENTION');
    if (compared.length > 0 || placebo || sham || none) {
      facts.push({
        kind: 'compared',
        interventions: compared,
        placebo,
        sham,
        none,
        armless: c.armTypes.length === 0,
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
