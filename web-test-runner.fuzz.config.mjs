// @ts-check
/** `npm run fuzz`: the large fuzz run (test/robustness/big.fuzz.ts), with the same server and browser. */
import base from './web-test-runner.config.mjs';

export default { ...base, files: ['test/robustness/big.fuzz.ts'], testsFinishTimeout: 1_200_000 };
