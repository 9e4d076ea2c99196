// @ts-check
/**
 * `npm run fuzz`: the large fuzz run (test/robustness/big.fuzz.ts), with the same server, in one engine:
 * Chromium, or the first that ENGINES names (ENGINES=webkit npm run fuzz).
 */
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/robustness/big.fuzz.ts'],
  groups: [],
  browsers: base.browsers.slice(0, 1),
  testsFinishTimeout: 1_200_000,
};
