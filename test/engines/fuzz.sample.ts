import { fuzzSuite } from '../robustness/fuzz.js';

// Firefox and WebKit: the first 100 of the 300 mutants Chromium renders in npm test (same seed).
fuzzSuite(100, 20261127);
