import { fuzzSuite } from './fuzz.js';

// Inside npm test: a few hundred mutants. `npm run fuzz` runs thousands (test/robustness/big.fuzz.ts).
fuzzSuite(300, 20261127);
