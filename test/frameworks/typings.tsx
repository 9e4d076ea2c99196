/**
 * Type-level checks of types/react.d.ts, types/vue.d.ts and types/iife.d.ts (vue-tsc -p tsconfig.frameworks.json).
 * The project checks .d.ts files with skipLibCheck, so each `@ts-expect-error` here proves that a typing is
 * really in force: if one silently became `any`, its line would no longer be an error and the check fails.
 */
import type {} from 'trial-summary/react';
import type {} from 'trial-summary/iife';
import type { TrialSummaryVueProps } from 'trial-summary/vue';
import type { GlobalComponents } from 'vue';
import type { TrialSummaryElement, TrialSummaryErrorEvent } from 'trial-summary';

export const react = [
  <trial-summary key="ok" nct="NCT06097962" theme="dark" heading-level={3} cache-ttl="0" />,
  <trial-summary key="boolean" nct="NCT06097962" structured-data />,
  // @ts-expect-error -- not a layout
  <trial-summary key="layout" layout="grid" />,
  // @ts-expect-error -- not an attribute of the element
  <trial-summary key="unknown" colour="red" />,
  <trial-summary
    key="events"
    ontrial-summary-error={(event: TrialSummaryErrorEvent) => event.detail.reason}
    // @ts-expect-error -- the load event's detail has no `reason`
    ontrial-summary-load={(event) => event.detail.reason}
  />,
  <trial-summary key="ref" ref={(el: TrialSummaryElement | null) => el?.retry()} />,
];

export const vue: TrialSummaryVueProps[] = [
  { nct: 'NCT06097962', apiBase: '/ctgov/api/v2', headingLevel: 3, signupEncoding: 'form' },
  { nct: 'NCT06097962', structuredData: true },
  // @ts-expect-error -- kebab-case names are camelized for Vue components
  { 'api-base': '/ctgov/api/v2' },
  // @ts-expect-error -- not an encoding
  { signupEncoding: 'xml' },
  { onTrialSummaryError: (event) => event.detail.reason },
];

/** Vue's template checker finds the element among the global components. */
export type VueComponent = GlobalComponents['trial-summary'];

/** The one-script build's global. */
export const parse: (input: unknown) => string | undefined = window.TrialSummary.parseNctId;
