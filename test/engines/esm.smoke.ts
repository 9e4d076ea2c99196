import { smokeSuite } from './smoke.js';

// The npm build as a bundler would meet it: lit, @lit/task, DOMPurify and micromark are resolved from
// node_modules by the test server.
smokeSuite(
  'the module build (dist/trial-summary.js)',
  () => import('/dist/trial-summary.js' as string),
  true,
);
