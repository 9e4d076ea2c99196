/**
 * `<trial-summary>` in React 19 JSX: `import type {} from 'trial-summary/react';` once in your app.
 *
 * React 19 sets a custom element's props as attributes (kebab-case names here, so they work before the
 * element is defined too) and turns `on<event-name>` props into listeners for that exact event name,
 * e.g. `ontrial-summary-load`. React 18 and older set every prop as an attribute and add no listeners.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  TrialSummaryElement,
  TrialSummaryErrorEvent,
  TrialSummaryLoadEvent,
  TrialSummarySignupErrorEvent,
  TrialSummarySignupEvent,
  TrialSummarySignupSuccessEvent,
} from 'trial-summary';
import type { TrialSummaryAttributes } from './attributes.js';

export type { TrialSummaryAttributes } from './attributes.js';

/** Listeners for the element's events (React 19 adds them with `addEventListener`). */
export interface TrialSummaryReactEvents {
  'ontrial-summary-load'?: (event: TrialSummaryLoadEvent) => void;
  'ontrial-summary-error'?: (event: TrialSummaryErrorEvent) => void;
  'ontrial-summary-signup'?: (event: TrialSummarySignupEvent) => void;
  'ontrial-summary-signup-success'?: (event: TrialSummarySignupSuccessEvent) => void;
  'ontrial-summary-signup-error'?: (event: TrialSummarySignupErrorEvent) => void;
}

/** Everything `<trial-summary>` accepts in JSX: the usual HTML props, its attributes, its events. */
export type TrialSummaryReactProps = DetailedHTMLProps<
  HTMLAttributes<TrialSummaryElement>,
  TrialSummaryElement
> &
  TrialSummaryAttributes &
  TrialSummaryReactEvents;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'trial-summary': TrialSummaryReactProps;
    }
  }
}
