/**
 * "What this could mean", from a study's view: what each intervention is for, facts about the study, what it
 * could lead to, risk notes and trust notes. Pure; computed when the block below the first screen needs it
 * (once per view).
 */
import { FIELD, factsOf, optional, risksOf, trustOf, type Sourced } from './plain.js';
import type { MeaningView, OutlookView, StudyView } from './study.js';

const computed = new WeakMap<StudyView, MeaningView>();

export function meaningOf(view: StudyView): MeaningView {
  let meaning = computed.get(view);
  if (meaning) return meaning;
  const context = view.context;
  const { phases, conditions } = context;
  const studyType = view.header.studyType;
  const outlook: (OutlookView & Sourced) | undefined =
    studyType === undefined && conditions.length === 0
      ? undefined
      : {
          phases,
          conditions,
          tense: context.tense,
          sources: [FIELD.purpose, FIELD.phases, FIELD.conditions, FIELD.studyType, FIELD.status],
          ...optional('studyType', studyType),
          ...optional('purpose', context.purpose),
        };
  meaning = {
    interventions: view.interventions,
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
  };
  computed.set(view, meaning);
  return meaning;
}
