/** The public types and helpers that come with the element, for both entries. */
export {
  TrialSummaryErrorEvent,
  TrialSummaryLoadEvent,
  TrialSummarySignupErrorEvent,
  TrialSummarySignupEvent,
  TrialSummarySignupSuccessEvent,
  type TrialSummaryErrorDetail,
  type TrialSummaryLoadDetail,
  type TrialSummarySignupErrorDetail,
} from './events.js';
export type { SignupConsent, SignupData, SignupEncoding, SignupTopic } from './signup.js';
export type { ErrorReason } from './registry/errors.js';
export { parseNctId, type NctId } from './registry/ids.js';
export { DEFAULT_API_BASE } from './registry/api-base.js';
export { configureRegistryClients, type SharedClientOptions } from './registry/shared.js';
export { registerLanguage, type PartialStrings, type Strings } from './i18n/index.js';
