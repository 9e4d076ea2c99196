// @ts-check
/**
 * `npm run test:smoke`, after `npm run build`: the builds a reader loads (the one script with and without
 * Spanish, and the module build) on a page of their own in Chromium, Firefox and WebKit, against the same fake
 * registry (test/engines/*.smoke.ts).
 */
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/engines/*.smoke.ts'],
  groups: [],
  // One file per engine at a time, the three engines side by side.
  concurrentBrowsers: 3,
};
