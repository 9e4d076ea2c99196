/** Events the element dispatches on itself; they bubble and cross shadow roots. */
import type { ErrorReason } from './registry/errors.js';
import type { NctId } from './registry/ids.js';

export interface TrialSummaryLoadDetail {
  /** The canonical id of the study shown. */
  nct: NctId;
  /** The id the element was asked for (differs from `nct` for an alias). */
  requestedNct: NctId;
  /** The study's brief title. */
  title: string;
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

declare global {
  interface HTMLElementEventMap {
    'trial-summary-load': TrialSummaryLoadEvent;
    'trial-summary-error': TrialSummaryErrorEvent;
  }
}
