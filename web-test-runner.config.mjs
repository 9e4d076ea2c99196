// @ts-check
/**
 * Unit tests (pure modules, tables) and element tests, all in real headless Chromium, talking HTTP to the
 * fake registry mounted on the test server (/api/v2/…, /__fault/…, /__log).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { koaMiddleware } from './test/fake-registry/registry.js';

// Dates in tests are printed in a fixed zone and language.
process.env.TZ = 'UTC';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    {
      name: 'debug-shim',
      resolveImport: ({ source }) => (source === 'debug' ? '/test/shims/debug.js' : undefined),
    },
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
