#!/usr/bin/env node
// @ts-check
/**
 * `npm run demo:serve` (after `npm run demo:build`): the static demo in demo-dist/ as a plain static host
 * would serve it (gzip, long-lived caching for hashed assets), with the fake registry on the same origin at
 * /api/v2 and /__signup, where the demo pages read and post. `npm run audit` uses it too.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRegistry } from '../fake-registry/registry.js';

const root = new URL('../../demo-dist/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Starts the server; resolves to its origin and a function that stops it.
 * @param {{ port?: number, host?: string }} [options]
 */
export async function serveDemo({ port = 0, host = '127.0.0.1' } = {}) {
  if (!existsSync(join(root, 'demo/index.html')))
    throw new Error('demo-dist/ is missing: run `npm run demo:build` first.');
  const registry = createRegistry();
  const server = createServer((req, res) => {
    if (registry.handle(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type =
      TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const headers = {
      'content-type': type,
      // Vite names the assets by their content: they may be kept for good. Pages are checked each time.
      'cache-control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    let body = readFileSync(file);
    if (/^text\/|json/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await serveDemo({ port: Number(process.env.PORT ?? 4173) });
  process.stdout.write(`Demo (built, with the fake registry) at ${origin}/demo/\n`);
}
