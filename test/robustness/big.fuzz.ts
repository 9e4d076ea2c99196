import { fuzzSuite } from './fuzz.js';

// `npm run fuzz`: the large run, other seeds than npm test's.
fuzzSuite(1500, 7);
