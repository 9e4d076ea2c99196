#!/usr/bin/env node
/**
 * `npm run test:proxy`: the nginx proxy of demo/proxy/ for real, in front of the fake registry, on loopback.
 * Needs Debian's nginx (.ci/run installs it). Starts and stops only the processes it started.
 *
 * Checks: a repeated request is served from the cache (the fake registry sees it once); batched requests too;
 * CORS headers for an allowed and a refused origin; non-API paths and methods refused; a registry 500 serves
 * the stale copy; the visitor limit answers 429 past its rate. Prints the cache hit ratio of a scripted run of
 * card loads and the requests that reached the fake registry.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistry } from '../fake-registry/registry.js';

const root = new URL('../../', import.meta.url).pathname;
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) =>
  existsSync(p),
);
if (!nginx) {
  console.error(
    'nginx is not installed: apt-get install -y nginx-light (or nginx). .ci/run installs it.',
  );
  process.exit(1);
}

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
}

// The fake registry, with a switch that makes it fail, counting what reaches it.
const registry = createRegistry();
const upstream = { fail: false, seen: [] };
const registryServer = createServer((req, res) => {
  upstream.seen.push(req.url);
  if (upstream.fail) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('down');
    return;
  }
  if (!registry.handle(req, res)) res.writeHead(404).end();
});
await new Promise((resolve) => registryServer.listen(0, '127.0.0.1', resolve));
const registryPort = registryServer.address().port;

// nginx with the shipped configuration, pointed at the fake registry, in a scratch prefix.
const dir = mkdtempSync(join(tmpdir(), 'trial-summary-nginx-'));
for (const sub of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
chmodSync(dir, 0o777);
for (const sub of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
  chmodSync(join(dir, sub), 0o777);
const port = 20000 + Math.floor(Math.random() * 20000);
const TTL_SECONDS = 2;
const conf = readFileSync(join(root, 'demo/proxy/nginx.conf'), 'utf8')
  .replace('/var/cache/nginx/ctgov', join(dir, 'cache'))
  .replace('listen 8080;', `listen 127.0.0.1:${port};`)
  .replaceAll('include /etc/nginx/ctgov-proxy.inc;', `include ${join(dir, 'ctgov-proxy.inc')};`)
  .replaceAll('https://clinicaltrials.gov/api/v2', `http://127.0.0.1:${registryPort}/api/v2`);
const inc = readFileSync(join(root, 'demo/proxy/ctgov-proxy.inc'), 'utf8')
  .replace(
    'proxy_set_header Host clinicaltrials.gov;',
    `proxy_set_header Host 127.0.0.1:${registryPort};`,
  )
  // A short freshness so that the stale-copy check does not wait an hour.
  .replace('proxy_cache_valid 200 1h;', `proxy_cache_valid 200 ${TTL_SECONDS}s;`);
if (!conf.includes(`127.0.0.1:${registryPort}`) || !inc.includes(`${TTL_SECONDS}s`)) {
  console.error('demo/proxy/ changed shape: update the substitutions in test/proxy/nginx.test.mjs');
  process.exit(1);
}
writeFileSync(join(dir, 'ctgov.conf'), conf);
writeFileSync(join(dir, 'ctgov-proxy.inc'), inc);
writeFileSync(
  join(dir, 'nginx.conf'),
  `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'ctgov.conf')};
}
`,
);
const syntax = spawnSync(nginx, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], {
  encoding: 'utf8',
});
check(
  'the configuration is valid nginx',
  syntax.status === 0,
  syntax.status === 0 ? '' : syntax.stderr.trim(),
);
const server = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });

function get(path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

try {
  for (let i = 0; i < 50; i++) {
    try {
      await get('/ctgov/');
      break;
    } catch {
      await sleep(100);
    }
  }
  const fields =
    'IdentificationModule,StatusModule,SponsorCollaboratorsModule,DescriptionModule,ConditionsModule,DesignModule,ArmsInterventionsModule,EligibilityModule,ContactsLocationsModule,ReferencesModule,AdverseEventsModule,ConditionBrowseModule,HasResults';
  const one = `/ctgov/api/v2/studies/NCT00184067?fields=${fields}`;

  const first = await get(one);
  const second = await get(one);
  const reached = upstream.seen.filter((u) => u.startsWith('/api/v2/studies/NCT00184067')).length;
  check(
    'a study passes through',
    first.status === 200 &&
      JSON.parse(first.body).protocolSection?.identificationModule?.nctId === 'NCT00184067',
  );
  check(
    'a repeated request is served from the cache',
    second.headers['x-cache-status'] === 'HIT' && reached === 1,
    `${first.headers['x-cache-status']} then ${second.headers['x-cache-status']}; registry saw it ${reached}×`,
  );

  const batch = `/ctgov/api/v2/studies?filter.ids=NCT00184067,NCT06097962&pageSize=2&fields=${fields}`;
  await get(batch);
  const again = await get(batch);
  check(
    'a repeated batch is served from the cache',
    again.status === 200 &&
      again.headers['x-cache-status'] === 'HIT' &&
      JSON.parse(again.body).studies.length === 2,
  );

  const allowed = await get(one, { origin: 'https://hospital.example' });
  const refused = await get(one, { origin: 'https://elsewhere.example' });
  check(
    'CORS allows the host’s own origin',
    allowed.headers['access-control-allow-origin'] === 'https://hospital.example',
  );
  check('CORS refuses other origins', refused.headers['access-control-allow-origin'] === undefined);

  const refusals = await Promise.all([
    get('/ctgov/api/v2/version'),
    get('/ctgov/api/v2/studies/NCT00184067/extra'),
    get('/ctgov/api/v2/studies/not-an-id'),
    get('/ctgov/api/int/studies/NCT00184067'),
    get('/ctgov/api/v2/studies/NCT00184067', { 'content-length': '0' }, 'POST'),
    get('/ctgov/api/v2/studies/NCT00184067', {}, 'DELETE'),
  ]);
  check(
    'non-API paths and methods are refused (404)',
    refusals.every((r) => r.status === 404),
    refusals.map((r) => r.status).join(' '),
  );

  // A scripted run of card loads: 3 page views of 5 cards each.
  const ids = ['NCT00184067', 'NCT06097962', 'NCT04267848', 'NCT02210780', 'NCT05869903'];
  const before = upstream.seen.length;
  let hits = 0;
  let total = 0;
  for (let view = 0; view < 3; view++) {
    for (const id of ids) {
      const res = await get(`/ctgov/api/v2/studies/${id}?fields=${fields}`);
      total++;
      if (res.headers['x-cache-status'] === 'HIT') hits++;
    }
  }
  const upstreamRequests = upstream.seen.length - before;
  check(
    'page views after the first come from the cache',
    upstreamRequests <= 4,
    `${hits}/${total} hits, ${upstreamRequests} requests reached the registry`,
  );
  console.log(
    `cache hit ratio over the scripted run: ${((100 * hits) / total).toFixed(0)}% (${hits} of ${total}); requests reaching the fake registry: ${upstreamRequests}`,
  );

  await sleep((TTL_SECONDS + 1) * 1000);
  upstream.fail = true;
  const stale = await get(one);
  check(
    'a registry 500 serves the stale copy',
    stale.status === 200 &&
      ['STALE', 'UPDATING'].includes(stale.headers['x-cache-status']) &&
      stale.body.includes('NCT00184067'),
    `${stale.status} ${stale.headers['x-cache-status']}`,
  );
  upstream.fail = false;

  const flood = await Promise.all(Array.from({ length: 60 }, () => get(one)));
  const limited = flood.filter((r) => r.status === 429).length;
  check(
    'the visitor limit answers 429 past its rate',
    limited > 0 && flood.some((r) => r.status === 200),
    `${limited} of 60 rapid requests limited`,
  );
} catch (error) {
  check('the proxy answered', false, String(error));
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) =>
    server.exitCode !== null ? resolve() : server.once('exit', resolve),
  );
  registryServer.close();
  if (failed > 0 && existsSync(join(dir, 'error.log')))
    console.log(readFileSync(join(dir, 'error.log'), 'utf8').slice(-2000));
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nproxy: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
