/**
 * Two library builds and the demo server.
 *
 * - `vite build`: ES modules for bundlers. `dist/trial-summary.js` registers the element,
 *   `dist/trial-summary-element.js` is the class only; lit, @lit/task, dompurify and micromark stay imports.
 * - `vite build --mode iife`: `dist/trial-summary.iife.js`, one self-contained script for a <script> tag.
 * - `vite` (npm start): serves demo/ with the fake registry under /api/v2 (no internet needed).
 */
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error -- plain JavaScript module shared with the test server and `npm run registry`
import { connectMiddleware, createRegistry } from './test/fake-registry/registry.js';

const fakeRegistry = (): Plugin => ({
  name: 'trial-summary-fake-registry',
  configureServer(server) {
    // Sign-ups posted to /__signup in the demo are appended to .cache/signups.jsonl.
    server.middlewares.use(
      connectMiddleware(createRegistry({ signupFile: '.cache/signups.jsonl' })),
    );
  },
  configurePreviewServer(server) {
    server.middlewares.use(connectMiddleware());
  },
});

/** Dependencies (lit, @lit/task, dompurify, micromark) stay imports in the ES build. */
const external = [/^lit(\/|$)/, /^@lit\//, /^dompurify(\/|$)/, /^micromark(\/|$)/];

export default defineConfig(({ mode }) => ({
  plugins: [fakeRegistry()],
  server: { open: '/demo/', host: '127.0.0.1', port: 5173 },
  esbuild: { target: 'es2022' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: mode !== 'iife',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib:
      mode === 'iife'
        ? {
            entry: 'src/index.ts',
            formats: ['iife'],
            name: 'TrialSummary',
            fileName: () => 'trial-summary.iife.js',
          }
        : {
            entry: {
              'trial-summary': 'src/index.ts',
              'trial-summary-element': 'src/trial-summary.ts',
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
    rolldownOptions:
      mode === 'iife' ? {} : { external, preserveEntrySignatures: 'allow-extension' },
  },
}));
