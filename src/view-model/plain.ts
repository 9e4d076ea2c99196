/**
 * Plain-language facts about a study, as data: what the card may say, which rule says it, and which record
 * fields it rests on. Pure — no DOM, no Lit, no words: `i18n/` turns each fact into sentences.
 *
 * Every fact carries `sources`, the record field paths it came from (`protocolSection.designModule.phases`,
 * `…armGroups[].type` for a field of every array item), so the card can show where each sentence comes from
 * and the registry's own words behind it.
 *
 * This module is the entry point; the code lives beside it: `fields.ts` (the paths), `codes.ts` (phases and
 * statuses), `context.ts` (what the rules read from a record), `facts.ts`, `risks.ts`, `trust.ts` and
 * `headline.ts` (the rules).
 */
export type { Join, JoinState, Tense } from './join.js';
export type { Role } from './roles.js';

export { FIELD, type Sourced } from './fields.js';
export { PHASE_KEYS, STATUSES, phaseKey, type PhaseKey } from './codes.js';
export {
  PLACEBO,
  contextOf,
  type Context,
  type Intervention,
  type Paper,
  type RoledIntervention,
} from './context.js';
export { factsOf, type Fact } from './facts.js';
export {
  RESULTS_GRACE_MS,
  RISK_RULES,
  SMALL_ENROLLMENT,
  TOP_EVENTS,
  risksOf,
  type GroupShare,
  type NamedEvent,
  type RiskNote,
} from './risks.js';
export { VERIFIED_WITHIN_MONTHS, trustOf, type TrustNote } from './trust.js';
export { monthsBetween } from './dates.js';
export { headlineOf, type HeadlineParts } from './headline.js';
export { optional } from './optional.js';
export { sentenceCase } from './sentence-case.js';
