/** Events the element dispatches on itself; they bubble and cross shadow roots. */
import type { ErrorReason } from './registry/errors.js';
import type { NctId } from './registry/ids.js';
import type { SignupData } from './signup.js';
import type { JoinState } from './view-model/join.js';

export interface TrialSummaryLoadDetail {
  /** The canonical id of the study shown. */
  nct: NctId;
  /** The id the element was asked for (differs from `nct` for an alias). */
  requestedNct: NctId;
  /** The study's brief title. */
  title: string;
  /** The "Can I join?" answer, as the element's `data-join` attribute carries it. */
  join: JoinState;
  /** `YYYY-MM` of the record's `statusVerifiedDate`, what `join` is "as of" (as `data-as-of`). */
  asOf?: string;
}

/** A study is shown (again after every change of `nct` or a retry). */
export class TrialSummaryLoadEvent extends Event {
  static readonly type = 'trial-summary-load';
  constructor(readonly detail: TrialSummaryLoadDetail) {
    super(TrialSummaryLoadEvent.type, { bubbles: true, composed: true });
  }
}

export interface TrialSummaryErrorDetail {
  /** The canonical id asked for, or the raw `nct` value when it is not a valid id. */
  nct: string;
  reason: ErrorReason;
  /** The HTTP status, for `http` (and `not-found`). */
  status?: number;
}

/** A study could not be shown; the card shows a message (and a Retry button where it can help). */
export class TrialSummaryErrorEvent extends Event {
  static readonly type = 'trial-summary-error';
  constructor(readonly detail: TrialSummaryErrorDetail) {
    super(TrialSummaryErrorEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The reader asked for updates. Cancelable: a host that handles the sign-up itself calls `preventDefault()`,
 * and the card then posts nothing (it thanks the reader). Otherwise the card posts `detail` to
 * `signup-action`.
 */
export class TrialSummarySignupEvent extends Event {
  static readonly type = 'trial-summary-signup';
  constructor(readonly detail: SignupData) {
    super(TrialSummarySignupEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The card's own POST to `signup-action` succeeded. */
export class TrialSummarySignupSuccessEvent extends Event {
  static readonly type = 'trial-summary-signup-success';
  constructor(readonly detail: { nct: NctId; submissionId: string; status: number }) {
    super(TrialSummarySignupSuccessEvent.type, { bubbles: true, composed: true });
  }
}

export interface TrialSummarySignupErrorDetail {
  nct: NctId;
  submissionId: string;
  /** `http` (a non-2xx answer), `network`, `timeout`, or `spam` (the hidden honeypot field was filled in). */
  reason: 'http' | 'network' | 'timeout' | 'spam';
  status?: number;
}

/** The card's own POST to `signup-action` failed; everything the reader typed is still in the form. */
export class TrialSummarySignupErrorEvent extends Event {
  static readonly type = 'trial-summary-signup-error';
  constructor(readonly detail: TrialSummarySignupErrorDetail) {
    super(TrialSummarySignupErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'trial-summary-load': TrialSummaryLoadEvent;
    'trial-summary-error': TrialSummaryErrorEvent;
    'trial-summary-signup': TrialSummarySignupEvent;
    'trial-summary-signup-success': TrialSummarySignupSuccessEvent;
    'trial-summary-signup-error': TrialSummarySignupErrorEvent;
  }
}
