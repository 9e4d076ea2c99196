/**
 * `<trial-summary>` in Vue 3 templates, for Volar / vue-tsc: add `/// <reference types="trial-summary/vue" />`
 * to a `.d.ts` file of your app (or `"types": ["trial-summary/vue"]` in tsconfig).
 *
 * At run time Vue must also be told it is a custom element, not a Vue component: with
 * `@vitejs/plugin-vue`, `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'trial-summary' } } })`.
 * Vue sets a value as a property when the element has a property of that name, otherwise as an attribute;
 * `@trial-summary-load` listens for the `trial-summary-load` event.
 */
import type { DefineComponent } from 'vue';
import type {
  TrialSummaryErrorEvent,
  TrialSummaryLoadEvent,
  TrialSummarySignupErrorEvent,
  TrialSummarySignupEvent,
  TrialSummarySignupSuccessEvent,
} from 'trial-summary';
import type { TrialSummaryCamelAttributes } from './attributes.js';

export type { TrialSummaryAttributes, TrialSummaryCamelAttributes } from './attributes.js';

/** Listeners for the element's events, as `@trial-summary-load` and friends compile to. */
export interface TrialSummaryVueEvents {
  onTrialSummaryLoad?: (event: TrialSummaryLoadEvent) => void;
  onTrialSummaryError?: (event: TrialSummaryErrorEvent) => void;
  onTrialSummarySignup?: (event: TrialSummarySignupEvent) => void;
  onTrialSummarySignupSuccess?: (event: TrialSummarySignupSuccessEvent) => void;
  onTrialSummarySignupError?: (event: TrialSummarySignupErrorEvent) => void;
}

/** What templates may pass to `<trial-summary>`. */
export type TrialSummaryVueProps = TrialSummaryCamelAttributes & TrialSummaryVueEvents;

declare module 'vue' {
  interface GlobalComponents {
    'trial-summary': DefineComponent<TrialSummaryVueProps>;
  }
}
