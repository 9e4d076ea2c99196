// @ts-check
/**
 * The fake ClinicalTrials.gov registry: one implementation, used by the test server, `npm start`,
 * Storybook and `npm run registry`. It answers API v2's URL scheme from the real recorded records in
 * test/fixtures/studies (see test/fixtures/SOURCES.md) and injects faults on request.
 *
 *   GET /api/v2/studies/{id}            one study (400 malformed id, 404 unknown, 301 for an alias id); also
 *                                       the 304-record corpus (fixtures/corpus) and any synthetic variants
 *                                       (fixtures/synthetic/NCT*.json), for this one-study URL only
 *   GET /api/v2/studies?filter.ids=…    many studies; `fields` projects by section, module or piece name
 *   GET /api/v2/version                 { apiVersion, dataTimestamp }
 *   GET /__fault/<spec>/api/v2/…        the same, with faults: <spec> is `kind` or `kind@NCT…` items joined
 *                                       by `+` (see FAULTS); `kind*N` applies only to the first N requests
 *                                       with the same prefix; `tag-<anything>` only labels the request log
 *   GET /__log?contains=<text>          the requests seen (newest last), to count requests and aborts
 *   POST /__signup[/fail|reset|stall|once-<label>]  a stand-in for a host's sign-up endpoint (see signup())
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { finished } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = join(here, '..', 'fixtures');

const ID_PATTERN = /^[Nn][Cc][Tt]0*([1-9]\d{0,7})$/;
const MAX_PAGE_SIZE = 1000;
const STALL_LIMIT_MS = 30_000;

/** Section and module names of API v2 (OpenAPI 2.0.5), as `fields` items, with their place in a record. */
const AREAS = {
  ProtocolSection: ['protocolSection'],
  ResultsSection: ['resultsSection'],
  AnnotationSection: ['annotationSection'],
  DocumentSection: ['documentSection'],
  DerivedSection: ['derivedSection'],
  IdentificationModule: ['protocolSection', 'identificationModule'],
  StatusModule: ['protocolSection', 'statusModule'],
  SponsorCollaboratorsModule: ['protocolSection', 'sponsorCollaboratorsModule'],
  OversightModule: ['protocolSection', 'oversightModule'],
  DescriptionModule: ['protocolSection', 'descriptionModule'],
  ConditionsModule: ['protocolSection', 'conditionsModule'],
  DesignModule: ['protocolSection', 'designModule'],
  ArmsInterventionsModule: ['protocolSection', 'armsInterventionsModule'],
  OutcomesModule: ['protocolSection', 'outcomesModule'],
  EligibilityModule: ['protocolSection', 'eligibilityModule'],
  ContactsLocationsModule: ['protocolSection', 'contactsLocationsModule'],
  ReferencesModule: ['protocolSection', 'referencesModule'],
  IpdSharingStatementModule: ['protocolSection', 'ipdSharingStatementModule'],
  ParticipantFlowModule: ['resultsSection', 'participantFlowModule'],
  BaselineCharacteristicsModule: ['resultsSection', 'baselineCharacteristicsModule'],
  OutcomeMeasuresModule: ['resultsSection', 'outcomeMeasuresModule'],
  AdverseEventsModule: ['resultsSection', 'adverseEventsModule'],
  MoreInfoModule: ['resultsSection', 'moreInfoModule'],
  AnnotationModule: ['annotationSection', 'annotationModule'],
  LargeDocumentModule: ['documentSection', 'largeDocumentModule'],
  MiscInfoModule: ['derivedSection', 'miscInfoModule'],
  ConditionBrowseModule: ['derivedSection', 'conditionBrowseModule'],
  InterventionBrowseModule: ['derivedSection', 'interventionBrowseModule'],
  // A few piece names, for listings such as the demo gallery.
  NCTId: ['protocolSection', 'identificationModule', 'nctId'],
  BriefTitle: ['protocolSection', 'identificationModule', 'briefTitle'],
  OfficialTitle: ['protocolSection', 'identificationModule', 'officialTitle'],
  OverallStatus: ['protocolSection', 'statusModule', 'overallStatus'],
  Phase: ['protocolSection', 'designModule', 'phases'],
  StudyType: ['protocolSection', 'designModule', 'studyType'],
  Condition: ['protocolSection', 'conditionsModule', 'conditions'],
  LeadSponsorName: ['protocolSection', 'sponsorCollaboratorsModule', 'leadSponsor', 'name'],
  HasResults: ['hasResults'],
};
const AREA_BY_LOWER = new Map(
  Object.entries(AREAS).map(([name, path]) => [name.toLowerCase(), path]),
);

/** Fault kinds for the `/__fault/<spec>` prefix. */
export const FAULTS = [
  '400',
  '404',
  '500',
  '503',
  '429',
  '429-no-retry-after',
  'stall',
  'stall-body',
  'reset',
  'truncated',
  'html',
  'text',
  'empty',
  'other-study',
  'no-cors',
  'delay-<ms>',
  'tag-<label>',
];

/** @param {string} id */
export function canonicalId(id) {
  const match = ID_PATTERN.exec(id);
  return match ? `NCT${match[1].padStart(8, '0')}` : undefined;
}

/**
 * @typedef {{ seq: number, method: string, url: string, status: number, aborted: boolean, ms: number, body?: string, contentType?: string, referer?: string, cookie?: string }} LogEntry
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/**
 * @param {{ fixturesDir?: string, logLimit?: number, signupFile?: string }} [options]
 */
export function createRegistry(options = {}) {
  const fixturesDir = options.fixturesDir ?? FIXTURES_DIR;
  const logLimit = options.logLimit ?? 2000;
  /** @type {Map<string, any>} */
  const studies = new Map();
  /** @type {Map<string, string>} alias id → canonical id */
  const aliases = new Map();
  /** @type {LogEntry[]} */
  const log = [];
  let seq = 0;
  let loaded = false;
  /** @type {Map<string, number>} how often each `kind*N` fault of a prefix has been applied */
  const applied = new Map();
  /**
   * The corpus (fixtures/corpus, 304 real records; see its SOURCES.md) and labelled synthetic variants
   * (fixtures/synthetic/NCT*.json), kept apart from `studies`: they answer only GET /api/v2/studies/{id} for
   * an id that is not one of the recorded studies, so listings, batches and the `clones` fault see the same
   * records as before. A synthetic file wins over a corpus record with the same nctId. Read on first use.
   * @type {Map<string, any> | undefined}
   */
  let extra;

  function extraStudy(/** @type {string} */ nct) {
    if (!extra) {
      extra = new Map();
      for (const [sub, pattern] of /** @type {const} */ ([
        ['corpus', /\.json$/],
        ['synthetic', /^NCT\d+\.json$/],
      ])) {
        const dir = join(fixturesDir, sub);
        if (!existsSync(dir)) continue;
        for (const file of readdirSync(dir)
          .filter((f) => pattern.test(f))
          .sort()) {
          const study = JSON.parse(readFileSync(join(dir, file), 'utf8'));
          const id = study?.protocolSection?.identificationModule?.nctId;
          if (typeof id === 'string') extra.set(id, study);
        }
      }
    }
    return extra.get(nct);
  }

  function load() {
    if (loaded) return;
    loaded = true;
    const dir = join(fixturesDir, 'studies');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const study = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      studies.set(study.protocolSection.identificationModule.nctId, study);
    }
    const synthetic = JSON.parse(
      readFileSync(join(fixturesDir, 'synthetic', 'aliases.json'), 'utf8'),
    );
    for (const [alias, canonical] of Object.entries(synthetic.aliases))
      aliases.set(alias, canonical);
  }

  /**
   * The record as served: a real one, with the synthetic aliases added (see synthetic/aliases.json). With the
   * `clones` fault, an id NCT8xxxxxxx is a synthetic copy of the real record at that number (modulo the
   * number of records) with only its nctId changed: benchmarks need more distinct studies than were recorded.
   */
  function served(/** @type {string} */ nct, clones = false) {
    if (clones && /^NCT8\d{7}$/.test(nct)) {
      const ids = [...studies.keys()].sort();
      const real = studies.get(ids[Number(nct.slice(4)) % ids.length]);
      return {
        ...real,
        protocolSection: {
          ...real.protocolSection,
          identificationModule: { ...real.protocolSection.identificationModule, nctId: nct },
        },
      };
    }
    const study = studies.get(nct);
    if (!study) return undefined;
    const extra = [...aliases].filter(([, canonical]) => canonical === nct).map(([alias]) => alias);
    if (extra.length === 0) return study;
    const identification = study.protocolSection.identificationModule;
    return {
      ...study,
      protocolSection: {
        ...study.protocolSection,
        identificationModule: {
          ...identification,
          nctIdAliases: [...(identification.nctIdAliases ?? []), ...extra],
        },
      },
    };
  }

  /**
   * Handles a request if it is the registry's; returns false when the path is not.
   * @param {Req} req
   * @param {Res} res
   * @returns {boolean}
   */
  function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://registry.invalid');
    let path = url.pathname;
    if (path === '/__log') {
      load();
      const contains = url.searchParams.get('contains') ?? '';
      send(res, 200, json(log.filter((e) => e.url.includes(contains))), 'application/json', true);
      return true;
    }
    const signupMatch = /^\/__signup(?:\/([\w-]+))?$/.exec(path);
    if (signupMatch) {
      signup(req, res, signupMatch[1] ?? 'ok');
      return true;
    }
    /** @type {string[]} */
    let faults = [];
    const faultMatch = /^\/__fault\/([^/]+)(\/.*)$/.exec(path);
    if (faultMatch) {
      faults = decodeURIComponent(faultMatch[1]).split('+').filter(Boolean);
      path = faultMatch[2];
    }
    if (!path.startsWith('/api/v2/') && path !== '/api/v2') return false;
    load();

    const entry = record(req);
    const started = Date.now();
    res.on('close', () => {
      entry.ms = Date.now() - started;
      entry.status = res.statusCode;
      entry.aborted = !res.writableFinished;
    });

    const cors = !faults.includes('no-cors');
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) GZIP_OK.add(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(cors, { 'access-control-max-age': '600' }));
      res.end();
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', 'text/plain', cors);
      return true;
    }

    const answer = route(
      path,
      url.searchParams,
      faultMatch ? `/__fault/${faultMatch[1]}` : '',
      faults.includes('clones'),
    );
    const active = faults
      .filter((fault) => {
        const [, target] = fault.split('@');
        return (
          target === undefined || answer.ids.includes(canonicalId(target.split('*')[0]) ?? target)
        );
      })
      .filter((fault) => {
        const limit = /\*(\d+)$/.exec(fault);
        if (!limit) return true;
        const key = `${faultMatch?.[1]}|${fault}`;
        const times = applied.get(key) ?? 0;
        applied.set(key, times + 1);
        return times < Number(limit[1]);
      })
      .map((fault) => fault.split(/[@*]/)[0]);
    applyFaults(active, answer, res, cors, req);
    return true;
  }

  /**
   * Adds a request to the log (the newest `logLimit` are kept) and returns its entry, to fill in as it ends.
   * @param {Req} req @param {Partial<LogEntry>} [extra] @returns {LogEntry}
   */
  function record(req, extra = {}) {
    const entry = {
      seq: ++seq,
      method: req.method ?? 'GET',
      url: req.url ?? '',
      status: 0,
      aborted: false,
      ms: 0,
      ...extra,
    };
    log.push(entry);
    if (log.length > logLimit) log.splice(0, log.length - logLimit);
    return entry;
  }

  /**
   * A stand-in for a host's sign-up endpoint. `mode`: `ok` (200), `fail` (500), `reset` (connection dropped),
   * `stall` (never answers), `once-<label>` (500 the first time for that label, then 200). Every POST is kept in
   * the request log with its body and headers, and appended to `signupFile` when one is set (`npm start`).
   * @param {Req} req @param {Res} res @param {string} mode
   */
  function signup(req, res, mode) {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(true, { 'access-control-allow-methods': 'POST' }));
      res.end();
      return;
    }
    const entry = record(req, {
      body: '',
      contentType: String(req.headers['content-type'] ?? ''),
      referer: req.headers.referer ?? '',
      cookie: req.headers.cookie ?? '',
    });
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      entry.body = Buffer.concat(chunks).toString('utf8').slice(0, 10_000);
      if (options.signupFile) {
        mkdirSync(dirname(options.signupFile), { recursive: true });
        appendFileSync(
          options.signupFile,
          `${JSON.stringify({ at: new Date().toISOString(), contentType: entry.contentType, body: entry.body })}\n`,
        );
      }
      if (mode === 'reset') return req.socket.destroy();
      if (mode === 'stall') return stall(res, req);
      const failOnce = mode.startsWith('once-') && !applied.has(`signup|${mode}`);
      if (failOnce) applied.set(`signup|${mode}`, 1);
      const status = mode === 'fail' || failOnce ? 500 : 200;
      entry.status = status;
      send(res, status, json({ ok: status === 200 }), 'application/json', true);
    });
  }

  /**
   * @param {string} path
   * @param {URLSearchParams} params
   * @param {string} prefix
   * @param {boolean} [clones]
   * @returns {{ status: number, body: string, type: string, headers?: Record<string, string>, ids: string[] }}
   */
  function route(path, params, prefix, clones = false) {
    if (path === '/api/v2/version') {
      return {
        status: 200,
        body: json({ apiVersion: '2.0.5', dataTimestamp: '2026-11-01T00:00:00' }),
        type: 'application/json',
        ids: [],
      };
    }
    const fields = params.get('fields');
    const areas =
      fields === null
        ? null
        : fields
            .split(/[,|]/)
            .map((f) => f.trim())
            .filter(Boolean);
    const unknownArea = areas?.find((name) => !AREA_BY_LOWER.has(name.toLowerCase()));
    if (unknownArea !== undefined) {
      return plain(400, `Unknown field name or area: ${unknownArea}`);
    }

    const one = /^\/api\/v2\/studies\/([^/]+)$/.exec(path);
    if (one) {
      const requested = decodeURIComponent(one[1]);
      const nct = canonicalId(requested);
      if (!nct) return plain(400, `The NCT number ${requested} has incorrect format`);
      const target = aliases.get(nct);
      if (target) {
        const query = params.toString();
        return {
          status: 301,
          body: '',
          type: 'text/plain',
          headers: { location: `${prefix}/api/v2/studies/${target}${query ? `?${query}` : ''}` },
          ids: [nct],
        };
      }
      const study = served(nct, clones) ?? extraStudy(nct);
      if (!study) return { ...plain(404, `Study ${nct} not found`), ids: [nct] };
      return {
        status: 200,
        body: json(project(study, areas)),
        type: 'application/json',
        ids: [nct],
      };
    }

    if (path === '/api/v2/studies') {
      const filter = params.get('filter.ids');
      let ids = [...studies.keys()];
      if (filter !== null) {
        const requested = filter.split(/[,|\s]+/).filter(Boolean);
        const bad = requested.find((id) => !canonicalId(id));
        if (bad !== undefined) return plain(400, `The NCT number ${bad} has incorrect format`);
        ids = [
          ...new Set(
            requested.map((id) => {
              const nct = /** @type {string} */ (canonicalId(id));
              return aliases.get(nct) ?? nct;
            }),
          ),
        ]
          .filter((id) => studies.has(id) || (clones && served(id, true) !== undefined))
          .sort();
      }
      const pageSize = Math.min(
        MAX_PAGE_SIZE,
        Math.max(1, Number(params.get('pageSize') ?? 10) || 10),
      );
      const start = Math.max(0, Number(params.get('pageToken') ?? 0) || 0);
      const page = ids.slice(start, start + pageSize);
      /** @type {{ studies: unknown[], nextPageToken?: string }} */
      const result = { studies: page.map((id) => project(served(id, clones), areas)) };
      if (start + pageSize < ids.length) result.nextPageToken = String(start + pageSize);
      return { status: 200, body: json(result), type: 'application/json', ids: page };
    }
    return plain(404, 'Not found');
  }

  /**
   * @param {string[]} faults
   * @param {{ status: number, body: string, type: string, headers?: Record<string, string>, ids: string[] }} answer
   * @param {Res} res
   * @param {boolean} cors
   * @param {Req} req
   */
  function applyFaults(faults, answer, res, cors, req) {
    const delay = faults.map((f) => /^delay-(\d+)$/.exec(f)).find(Boolean);
    const respond = () => {
      for (const fault of faults) {
        switch (fault) {
          case '400':
          case '404':
          case '500':
          case '503':
            return send(res, Number(fault), `Fault injected: ${fault}`, 'text/plain', cors);
          case '429':
            return send(res, 429, 'Too many requests', 'text/plain', cors, { 'retry-after': '2' });
          case '429-no-retry-after':
            return send(res, 429, 'Too many requests', 'text/plain', cors);
          case 'stall':
            return stall(res, req);
          case 'stall-body':
            res.writeHead(200, corsHeaders(cors, { 'content-type': 'application/json' }));
            res.write(answer.body.slice(0, 64));
            return stall(res, req);
          case 'reset':
            return req.socket.destroy();
          case 'truncated':
            return send(
              res,
              200,
              answer.body.slice(0, Math.floor(answer.body.length / 2)),
              'application/json',
              cors,
            );
          case 'html':
            return send(
              res,
              200,
              '<!doctype html><title>Service notice</title><p>We are down for maintenance.</p>',
              'text/html',
              cors,
            );
          case 'text':
            return send(res, answer.status, answer.body, 'text/plain', cors, answer.headers);
          case 'empty':
            return send(res, 200, '', 'application/json', cors);
          case 'other-study': {
            const other = [...studies.keys()].find((id) => !answer.ids.includes(id));
            return send(
              res,
              200,
              json(served(/** @type {string} */ (other))),
              'application/json',
              cors,
            );
          }
          default:
            break; // no-cors, delay-*, tag-* and unknown kinds change nothing here
        }
      }
      return send(res, answer.status, answer.body, answer.type, cors, answer.headers);
    };
    if (delay) {
      const timer = setTimeout(respond, Math.min(Number(delay[1]), 10_000));
      res.on('close', () => clearTimeout(timer));
    } else {
      respond();
    }
  }

  return { handle, log, studies: () => (load(), [...studies.keys()]) };
}

/** @param {unknown} value */
function json(value) {
  return JSON.stringify(value);
}

/** @param {number} status @param {string} text */
function plain(status, text) {
  return { status, body: text, type: 'text/plain', ids: /** @type {string[]} */ ([]) };
}

/** @param {boolean} cors @param {Record<string, string>} [extra] */
function corsHeaders(cors, extra = {}) {
  return cors
    ? {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'accept, content-type',
        ...extra,
      }
    : extra;
}

/**
 * @param {Res} res @param {number} status @param {string} body @param {string} type @param {boolean} cors
 * @param {Record<string, string>} [headers]
 */
function send(res, status, body, type, cors, headers = {}) {
  // Compressed like the live registry's answers when the client accepts it, so bytes on the wire are real.
  const compress = GZIP_OK.has(res) && body.length > 1024;
  res.writeHead(
    status,
    corsHeaders(cors, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
      ...headers,
    }),
  );
  res.end(compress ? gzipSync(body) : body);
}

/** Responses whose request accepted gzip. */
const GZIP_OK = new WeakSet();

/** Holds the response open until the client goes away (or a safety limit passes). */
function stall(/** @type {Res} */ res, /** @type {Req} */ req) {
  const timer = setTimeout(() => res.destroy(), STALL_LIMIT_MS);
  req.socket.on('close', () => clearTimeout(timer));
}

/**
 * Projects a study to the named sections, modules and pieces, keeping the full nesting (like API v2).
 * @param {any} study @param {string[] | null} areas
 */
export function project(study, areas) {
  if (areas === null) return study;
  /** @type {any} */
  const out = {};
  for (const name of areas) {
    const path = /** @type {string[]} */ (AREA_BY_LOWER.get(name.toLowerCase()));
    let from = study;
    for (const key of path) from = from?.[key];
    if (from === undefined) continue;
    let to = out;
    for (const key of path.slice(0, -1)) to = to[key] ??= {};
    to[path[path.length - 1]] = from;
  }
  return out;
}

/** Connect / Vite middleware. */
export function connectMiddleware(registry = createRegistry()) {
  /** @type {(req: Req, res: Res, next: () => void) => void} */
  return (req, res, next) => {
    if (!registry.handle(req, res)) next();
  };
}

/** Koa middleware for @web/dev-server and @web/test-runner. */
export function koaMiddleware(registry = createRegistry()) {
  /** @type {(ctx: any, next: () => Promise<unknown>) => Promise<unknown>} */
  return async (ctx, next) => {
    if (!registry.handle(ctx.req, ctx.res)) return next();
    ctx.respond = false;
    // Wait for the answer so that the server's own logging sees its real status.
    await new Promise((resolve) => finished(ctx.res, () => resolve(undefined)));
    return undefined;
  };
}
