/** What a generated headline is built from: the stage, what is tested, the conditions and the status. */
import { phaseKey, type PhaseKey } from './codes.js';
import { FIELD, type Sourced } from './fields.js';
import { speaksOfNow } from './join.js';
import { optional } from './optional.js';
import type { Context } from './context.js';

/** What a generated headline is made of; the words are the language table's. */
export interface HeadlineParts extends Sourced {
  /** A phase key, or the study type for studies without phases. */
  stage: PhaseKey | 'OBSERVATIONAL' | 'EXPANDED_ACCESS' | 'OTHER';
  interventions: string[];
  conditions: string[];
  status?: string;
}

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
