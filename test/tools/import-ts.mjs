/**
 * For the Node report and check scripts: the project's TypeScript modules, bundled by esbuild and imported.
 * `source` is an entry module written with paths relative to the project root
 * (`export { en } from './src/i18n/en.ts';`).
 */
import { build } from 'esbuild';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

export async function importTs(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
}
