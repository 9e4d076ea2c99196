/**
 * The one-script build (`trial-summary/iife`, `dist/trial-summary.iife.js`): loaded with a `<script>` tag it
 * registers `<trial-summary>` and puts the package's exports on `window.TrialSummary`.
 */
import type * as TrialSummaryModule from 'trial-summary';

declare global {
  var TrialSummary: typeof TrialSummaryModule;
}

export {};
