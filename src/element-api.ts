/** The public types and helpers that come with the element, for both entries. */
export {
  TrialSummaryErrorEvent,
  TrialSummaryLoadEvent,
  type TrialSummaryErrorDetail,
  type TrialSummaryLoadDetail,
} from './events.js';
export type { ErrorReason } from './registry/errors.js';
export { parseNctId, type NctId } from './registry/ids.js';
export { DEFAULT_API_BASE } from './registry/api-base.js';
export { configureRegistryClients, type SharedClientOptions } from './registry/shared.js';
