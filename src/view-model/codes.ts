/** The registry's phase and overall-status codes, as the card keys its words by them. */

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
