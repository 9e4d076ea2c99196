// @ts-check
/**
 * Unit tests (pure modules, tables) and element tests, all in real headless Chromium, talking HTTP to the
 * fake registry mounted on the test server (/api/v2/…, /__fault/…, /__log).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { koaMiddleware } from './test/fake-registry/registry.js';
import { frameworkPlugins } from './test/frameworks/wtr-plugins.mjs';

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
      for (const session of sessions) {
        count(session.testResults, n);
        // A file that could not load counts as a failure, not as nothing.
        if (
          !session.passed &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length
        )
          n.failed++;
      }
      process.stdout.write(
        `\ntests: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped\n`,
      );
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  // One test file at a time: files that move focus, type keys or emulate media must not share the browser.
  concurrency: 1,
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
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--lang=en-US',
        ],
      },
    }),
  ],
  // Lit announces its development build once per page; anything else a test prints is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 240000,
};
