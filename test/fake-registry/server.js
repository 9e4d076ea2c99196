#!/usr/bin/env node
// @ts-check
/** `npm run registry`: the fake registry on its own, for Storybook's static build, benchmarks and proxies. */
import { createServer } from 'node:http';
import { createRegistry } from './registry.js';

const port = Number(process.env.PORT ?? process.argv[2] ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const registry = createRegistry();

const server = createServer((req, res) => {
  if (!registry.handle(req, res)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }
});
server.listen(port, host, () => {
  process.stdout.write(
    `Fake registry (${registry.studies().length} real records) at http://${host}:${port}/api/v2\n`,
  );
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
