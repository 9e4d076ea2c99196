/**
 * The library builds (ES modules, the one script, the module build for CDNs), the demo server and the demo build.
 *
 * - `vite build`: ES modules for bundlers. `dist/trial-summary.js` registers the element,
 *   `dist/trial-summary-element.js` is the class only (src/element.ts: with every lazy module); lit,
 *   @lit/task, dompurify and marked stay imports.
 * - `vite build --mode iife`: `dist/trial-summary.iife.js`, one self-contained script for a <script> tag;
 *   `--mode iife-en`: `dist/trial-summary.en.iife.js`, the same in English only (no Spanish tables).
 * - `vite build --mode cdn`: `dist/cdn/trial-summary.js`, the one-tag ES module for CDNs
 *   (`<script type="module" src="…/cdn/trial-summary.js">`): it registers the element, bundles everything (no
 *   bare imports) and every `import()` in src/ becomes a content-hashed chunk beside it; `.sri` beside the entry.
 * - Every build minifies the static parts of `html`/`css`/`svg` template literals (see `minifyLiterals`).
 * - `vite` (npm start): serves demo/ with the fake registry under /api/v2 (no internet needed); `/` goes to
 *   the gallery at /demo/.
 * - `vite build --mode demo` (npm run demo:build): the demo pages as static files in demo-dist/, with the
 *   one-script build, the module build's `.sri` and custom-elements.json beside them for the embed builder. They read studies from
 *   /api/v2 on their own origin: `npm run demo:serve` serves them with the fake registry.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
// @ts-expect-error -- plain JavaScript module shared with the test server and `npm run registry`
import { connectMiddleware, createRegistry } from './test/fake-registry/registry.js';

const fakeRegistry = (): Plugin => ({
  name: 'trial-summary-fake-registry',
  configureServer(server) {
    // The address `npm start` prints shows the gallery (there is no page at the root).
    server.middlewares.use((req, res, next) => {
      const [path, query] = (req.url ?? '').split(/(?=\?)/);
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      if (path !== '/' && path !== '/index.html') return next();
      res.writeHead(302, { location: `/demo/${query ?? ''}` });
      res.end();
    });
    // Sign-ups posted to /__signup in the demo are appended to .cache/signups.jsonl.
    server.middlewares.use(
      connectMiddleware(createRegistry({ signupFile: '.cache/signups.jsonl' })),
    );
    // The built files byte for byte, as a CDN serves them (Vite would rewrite them as modules): the embed
    // builder hashes dist/trial-summary.iife.js for its integrity attribute.
    server.middlewares.use('/dist/', (req, res, next) => {
      const name = (req.url ?? '').replace(/[?#].*/s, '').replace(/^\//, '');
      if (!/^[\w.-]+\.js$/.test(name)) return next();
      try {
        const body = readFileSync(new URL(`./dist/${name}`, import.meta.url));
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
        res.end(body);
      } catch {
        next();
      }
    });
  },
  configurePreviewServer(server) {
    server.middlewares.use(connectMiddleware());
  },
});

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));

/**
 * The static parts of `html`, `svg` and `css` template literals in src/, minified in every build (not in the dev
 * server). HTML: whitespace runs become one space, never none (`conservativeCollapse`: text between inline
 * elements and a template's leading space before an expression keep their space; <pre>/<textarea> are left
 * alone), comments go; attributes, entities and empty attributes (`alt=""`) stay as written. CSS: lightningcss.
 * `TRIAL_SUMMARY_LITERALS=keep` turns it off, to measure what it saves.
 */
const minifyLiterals = (): Plugin[] =>
  process.env.TRIAL_SUMMARY_LITERALS === 'keep'
    ? []
    : [
        {
          ...(minifyHtmlLiterals({
            filter: (id) => id.startsWith(srcDir) && /\.ts$/.test(id),
            failOnError: true,
            options: {
              minifyOptions: {
                conservativeCollapse: true,
                decodeEntities: false,
                removeEmptyAttributes: false,
                minifyJS: false,
                processConditionalComments: false,
              },
            },
          }) as unknown as Plugin),
          apply: 'build',
        },
      ];

/**
 * The one-tag module build: non-ASCII characters written as escapes (as post-build.mjs does for dist/*.js)
 * and `trial-summary.js.sri`, the entry's Subresource Integrity hash, from the bytes as written.
 */
const cdnOutput = (): Plugin => ({
  name: 'trial-summary-cdn-output',
  // After Vite's own generateBundle work (it writes the preload helper's dependency lists into the chunks).
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      // eslint-disable-next-line no-control-regex -- every character outside ASCII
      chunk.code = chunk.code.replace(/[^\x00-\x7f]/gu, (c) => {
        const cp = c.codePointAt(0) ?? 0;
        return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
      });
    }
  },
  // From the bytes as written (the sourcemap comment is added after generateBundle).
  writeBundle(options) {
    const entry = join(options.dir ?? 'dist/cdn', 'trial-summary.js');
    if (!existsSync(entry)) throw new Error('the cdn build wrote no trial-summary.js');
    const hash = createHash('sha384').update(readFileSync(entry)).digest('base64');
    writeFileSync(`${entry}.sri`, `sha384-${hash}\n`);
  },
});

/**
 * `cdn`: one ES module entry with everything bundled, for `<script type="module">` from a CDN. Chunks are
 * named by content; the entry keeps its name and its exports, and may export more (`allow-extension`): code the
 * first screen and a lazy chunk share stays in the entry, which the lazy chunk imports, instead of going to shared
 * chunks of its own (measured: eight scripts before the headline, 2,958 B more gzip than one). Rolldown's
 * common-chunk merging stays on: without it, every lazy chunk added split lit and the shared blocks out of the
 * entry again (rolldown/rolldown#10731); with it, the entry holds what it imports and nothing only lazy chunks
 * use (checked module by module when it was turned on). What two lazy chunks share goes to a shared chunk, not
 * into both. `base: './'` makes Vite's preload helper resolve a lazy chunk's
 * dependencies against the importing chunk's URL (wherever the CDN serves it), fetching them in parallel.
 */
const cdnBuild: UserConfig = {
  plugins: [minifyLiterals(), cdnOutput()],
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { 'trial-summary': 'src/cdn.ts' },
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
};

/** Dependencies (lit, @lit/task, dompurify, marked) stay imports in the ES build. */
const external = [/^lit(\/|$)/, /^@lit\//, /^dompurify(\/|$)/, /^marked(\/|$)/];

/**
 * The demo build copies the one-script build, the module build's entry hash and the manifest beside its pages,
 * for the embed builder.
 */
const demoAssets = (): Plugin => ({
  name: 'trial-summary-demo-assets',
  generateBundle() {
    for (const fileName of [
      'dist/trial-summary.iife.js',
      'dist/cdn/trial-summary.js.sri',
      'custom-elements.json',
    ]) {
      this.emitFile({
        type: 'asset',
        fileName,
        source: readFileSync(new URL(`./${fileName}`, import.meta.url)),
      });
    }
  },
});

const demoBuild: UserConfig = {
  plugins: [demoAssets()],
  build: {
    target: 'es2022',
    outDir: 'demo-dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        index: 'demo/index.html',
        study: 'demo/study.html',
        builder: 'demo/builder.html',
        embed: 'demo/embed.html',
      },
    },
  },
};

/** `iife`: the one script, English and Spanish; `iife-en`: the same, English only. */
const oneScript = (mode: string) => mode === 'iife' || mode === 'iife-en';

const libraryBuild = (mode: string): UserConfig => ({
  plugins: [fakeRegistry(), minifyLiterals()],
  // The English-only one script: Spanish (words and glossary definitions) is left out.
  resolve:
    mode === 'iife-en'
      ? {
          alias: [
            {
              find: /^\.\/languages\/es\.js$/,
              replacement: fileURLToPath(new URL('./src/languages/none.ts', import.meta.url)),
            },
          ],
        }
      : {},
  server: { open: '/demo/', host: '127.0.0.1', port: 5173 },
  esbuild: { target: 'es2022' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: !oneScript(mode),
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: oneScript(mode)
      ? {
          entry: 'src/index.ts',
          formats: ['iife'],
          name: 'TrialSummary',
          fileName: () =>
            mode === 'iife-en' ? 'trial-summary.en.iife.js' : 'trial-summary.iife.js',
        }
      : {
          entry: {
            'trial-summary': 'src/index.ts',
            'trial-summary-element': 'src/element.ts',
            // Spanish, for those who register the class themselves (the entry above includes it).
            'trial-summary-es': 'src/languages/es.ts',
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
    rolldownOptions: oneScript(mode)
      ? {}
      : {
          external,
          preserveEntrySignatures: 'allow-extension',
          // What the entries share (the language tables and the glossary), under a stable name.
          output: { chunkFileNames: 'trial-summary-[name].js' },
        },
  },
});

export default defineConfig(({ mode }) =>
  mode === 'demo' ? demoBuild : mode === 'cdn' ? cdnBuild : libraryBuild(mode),
);
