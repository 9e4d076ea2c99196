// @ts-check
/**
 * A static host for the built files, for the page tests of dist/ (cdn-bytes.mjs, test/builds/same-card.mjs):
 * dist/** as a CDN serves it (scripts gzip -9 when the browser accepts it, nothing cached), the fake registry
 * (its JSON answers gzipped, as the live API's are) and the test's own pages, all on one origin.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRegistry } from '../fake-registry/registry.js';

export const ROOT = new URL('../../', import.meta.url).pathname;

const TYPES = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.sri': 'text/plain',
  '.json': 'application/json',
};

/**
 * @param {{ pages?: Record<string, string> }} [options] pages: path → HTML
 * @returns {Promise<{ origin: string, pages: Record<string, string>, close: () => Promise<void> }>}
 */
export async function serveDist({ pages = {} } = {}) {
  const registry = createRegistry();
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  const server = createServer((req, res) => {
    if (registry.handle(req, res)) return;
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const page = pages[path];
    if (page !== undefined) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(page);
      return;
    }
    const file = join(ROOT, path);
    if (!path.startsWith('/dist/') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))];
    /** @type {Record<string, string>} */
    const headers = {
      'content-type': type ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    };
    let body = readFileSync(file);
    if (type && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = /** @type {Buffer} */ (gzipped.get(key));
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    pages,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
