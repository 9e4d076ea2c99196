// @ts-check
/**
 * What web-test-runner needs to run the README's React and Vue examples in Chromium:
 * - `.tsx` through esbuild with tsconfig.frameworks.json (React's automatic JSX runtime);
 * - React, which ships CommonJS only, bundled once into an ES module by esbuild (one copy of React for
 *   `react`, `react/jsx-runtime` and `react-dom/client`);
 * - Vue's browser ES build, and `.vue` files compiled with `vue/compiler-sfc`, telling the template compiler
 *   that `trial-summary` is a custom element exactly as the README's Vite setting does;
 * - the package's own name, `trial-summary`, resolved to its source, as an app's bundler resolves it to dist.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build, transform } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;

/**
 * The README's `isCustomElement` for Vue.
 * @param {string} tag
 */
export const isCustomElement = (tag) => tag === 'trial-summary';

const REACT_MODULES = {
  react: 'React',
  'react/jsx-runtime': 'JsxRuntime',
  'react-dom/client': 'Client',
};

/** @type {Promise<string> | undefined} */
let reactBundle;
function bundleReact() {
  reactBundle ??= build({
    stdin: {
      contents: Object.entries(REACT_MODULES)
        .map(([specifier, name]) => `export * as ${name} from '${specifier}';`)
        .join('\n'),
      resolveDir: root,
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return reactBundle;
}

/**
 * The names each CommonJS module exports, read once when the config loads (React's development build writes
 * to the console when required, which the test runner's console does not allow later).
 */
const REACT_NAMES = Object.fromEntries(
  Object.keys(REACT_MODULES).map((specifier) => [
    specifier,
    Object.keys(require(specifier)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key)),
  ]),
);

/** An ES module re-exporting one CommonJS module's names from the shared bundle. */
function reactShim(/** @type {keyof typeof REACT_MODULES} */ specifier) {
  const name = REACT_MODULES[specifier];
  return [
    `import { ${name} } from '/__frameworks/react-bundle.js';`,
    `export default ${name}.default ?? ${name};`,
    `export const { ${REACT_NAMES[specifier].join(', ')} } = ${name};`,
  ].join('\n');
}

/** @returns {import('@web/test-runner').TestRunnerPlugin[]} */
export function frameworkPlugins() {
  return [
    esbuildPlugin({ tsx: true, tsconfig: './tsconfig.frameworks.json' }),
    {
      name: 'framework-modules',
      resolveImport({ source }) {
        if (source === 'trial-summary') return '/src/index.ts';
        if (source === 'vue') return '/node_modules/vue/dist/vue.runtime.esm-browser.js';
        if (source in REACT_MODULES) return `/__frameworks/${source.replaceAll('/', '__')}.js`;
        return undefined;
      },
      resolveMimeType(context) {
        return context.path.endsWith('.vue') ? 'js' : undefined;
      },
      async serve(context) {
        if (context.path === '/__frameworks/react-bundle.js')
          return { body: await bundleReact(), type: 'js' };
        const shim = /^\/__frameworks\/(.+)\.js$/.exec(context.path);
        if (shim) {
          const specifier = /** @type {keyof typeof REACT_MODULES} */ (
            shim[1].replaceAll('__', '/')
          );
          if (specifier in REACT_MODULES) return { body: reactShim(specifier), type: 'js' };
        }
        if (context.path.endsWith('.vue')) {
          const filename = `${root}${context.path.slice(1)}`;
          // As @vitejs/plugin-vue does: the template's elements are told apart from components when parsing.
          const { descriptor, errors } = parse(await readFile(filename, 'utf8'), {
            filename,
            templateParseOptions: { isCustomElement },
          });
          if (errors.length) throw errors[0];
          const script = compileScript(descriptor, {
            id: context.path,
            inlineTemplate: true,
            templateOptions: { compilerOptions: { isCustomElement } },
          });
          const { code } = await transform(script.content, { loader: 'ts', format: 'esm' });
          return { body: code, type: 'js' };
        }
        return undefined;
      },
    },
  ];
}
