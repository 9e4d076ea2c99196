// @ts-check
/**
 * Unit tests (pure modules, tables) and element tests in real browsers, talking HTTP to the fake registry
 * mounted on the test server (/api/v2/…, /__fault/…, /__log). Three engines (test/tools/engines.mjs):
 * - Chromium runs every suite;
 * - Firefox and WebKit run every suite that renders the card or depends on the engine (ENGINE_SUITES below):
 *   the pure tables (view model, registry client, i18n strings, ids, manifest) need not run three times; the
 *   hostile records run whole in all three (the sanitiser meets each engine's parser), the fuzzed records as
 *   a sample (test/engines/fuzz.sample.ts). A new suite runs in all three unless listed as a pure table.
 * Two engines run side by side, one test file at a time each. ENGINES=chromium (or any comma-separated
 * subset of chromium, firefox, webkit) runs fewer; `--group webkit` (or chromium, firefox) one engine.
 * The builds are smoke-tested in all three by web-test-runner.dist.config.mjs (`npm run test:smoke`).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { koaMiddleware } from './test/fake-registry/registry.js';
import { frameworkPlugins } from './test/frameworks/wtr-plugins.mjs';
import { chromium, firefox, webkit } from './test/tools/engines.mjs';

/**
 * Suites that also run in Firefox and WebKit: every suite (the card, markup, glossary, sites, sign-up, looks,
 * and any new one) except the pure tables below, and a sample of the fuzzed records instead of all 300.
 */
export const ENGINE_SUITES = [
  'test/**/*.test.ts',
  // Pure tables: the view model, the registry client, ids and API bases, i18n strings, the manifest, the
  // embed builder's rules. Nothing in them depends on the engine.
  '!test/view-model.test.ts',
  '!test/plain.test.ts',
  '!test/client.test.ts',
  '!test/shared-client.test.ts',
  '!test/ids.test.ts',
  '!test/api-base.test.ts',
  '!test/i18n-es.test.ts',
  '!test/manifest.test.ts',
  '!test/embed/options.test.ts',
  // Chromium renders 300 fuzzed records; Firefox and WebKit the first 100 of them.
  '!test/robustness/fuzz.test.ts',
  'test/engines/*.sample.ts',
];

const chromiumBrowser = chromium();
const firefoxBrowser = firefox();
const webkitBrowser = webkit();
/** The engines asked for (ENGINES, default all three), as [name, launcher]. */
const wanted = (process.env.ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim());
const engines = /** @type {const} */ ([
  ['chromium', chromiumBrowser],
  ['firefox', firefoxBrowser],
  ['webkit', webkitBrowser],
]).filter(([name]) => wanted.includes(name));
if (engines.length === 0)
  throw new Error(`ENGINES=${process.env.ENGINES}: none of chromium, firefox, webkit`);

// Dates in tests are printed in a fixed zone and language.
process.env.TZ = 'UTC';

/** Prints one plain closing line, `tests: N passed, N failed, N skipped`, after the default report. */
function summaryReporter() {
  /** @param {any} suite @param {{ passed: number, failed: number, skipped: number }} n */
  const count = (suite, n) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) n.skipped++;
      else if (test.passed) n.passed++;
      else n.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, n);
    return n;
  };
  return {
    /** @param {{ sessions: any[] }} args */
    onTestRunFinished({ sessions }) {
      const n = { passed: 0, failed: 0, skipped: 0 };
      /** @type {Map<string, { passed: number, failed: number, skipped: number }>} */
      const byEngine = new Map();
      for (const session of sessions) {
        const engine = byEngine.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        byEngine.set(session.browser.name, engine);
        for (const tally of [n, engine]) {
          count(session.testResults, tally);
          // A file that could not load counts as a failure, not as nothing.
          if (
            !session.passed &&
            !session.testResults?.tests?.length &&
            !session.testResults?.suites?.length
          )
            tally.failed++;
        }
      }
      const lines = [...byEngine].map(
        ([name, e]) => `  ${name}: ${e.passed} passed, ${e.failed} failed, ${e.skipped} skipped\n`,
      );
      process.stdout.write(
        `\ntests: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped\n${lines.join('')}`,
      );
    },
  };
}

export default {
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  // One test file at a time in each engine (the engines run side by side): files that move focus, type keys
  // or emulate media must not share a browser.
  concurrency: 1,
  concurrentBrowsers: 2,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    {
      name: 'debug-shim',
      resolveImport: ({ source }) => (source === 'debug' ? '/test/shims/debug.js' : undefined),
    },
    // The README's React and Vue examples (test/frameworks/): .tsx, React as ES modules, .vue files.
    ...frameworkPlugins(),
  ],
  middleware: [koaMiddleware()],
  browsers: engines.map(([, browser]) => browser),
  // One group per engine. Two engines at a time (three on two cores made WebKit miss its timings): WebKit,
  // the longest, beside Chromium, then Firefox in Chromium's place.
  groups: [
    { name: 'webkit', files: ENGINE_SUITES, browsers: [webkitBrowser] },
    { name: 'chromium', files: ['test/**/*.test.ts'], browsers: [chromiumBrowser] },
    { name: 'firefox', files: ENGINE_SUITES, browsers: [firefoxBrowser] },
  ].filter((group) => engines.some(([, browser]) => browser === group.browsers[0])),
  // Lit announces its development build once per page; anything else a test prints is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 240000,
};
