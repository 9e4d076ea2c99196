import { expect } from '@open-wc/testing';
import { checkStudy, fetchStudy, parseRetryAfter, studyUrl } from '../src/registry/client.js';
import { RegistryError } from '../src/registry/errors.js';
import { loadFixture } from './helpers.js';

const BASE = 'https://registry.example/api/v2';

type Answer = Response | Error | 'hang';

/** A fake `fetch` that answers every call with `answer` and records the URLs asked for. */
function fakeFetch(answer: () => Answer) {
  const urls: string[] = [];
  const impl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    urls.push(String(input));
    const a = answer();
    if (a === 'hang') {
      return new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
  };
  return { impl: impl as typeof fetch, urls };
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegistryError');
}

describe('registry client', () => {
  let study: unknown;
  before(async () => {
    study = await loadFixture('NCT00184067');
  });

  it('builds the study URL below the base', () => {
    expect(studyUrl(BASE, 'NCT00184067')).to.equal(`${BASE}/studies/NCT00184067`);
  });

  it('returns the study with its canonical and requested ids', async () => {
    const fake = fakeFetch(() => json(study));
    const result = await fetchStudy(BASE, 'NCT00184067', { fetch: fake.impl });
    expect(result.nct).to.equal('NCT00184067');
    expect(result.requestedNct).to.equal('NCT00184067');
    expect(fake.urls).to.deep.equal([`${BASE}/studies/NCT00184067`]);
  });

  const errors: [string, () => Answer, string, number | undefined][] = [
    [
      '404 with a plain-text body',
      () => new Response('Study not found', { status: 404 }),
      'not-found',
      404,
    ],
    [
      '400 with a plain-text body',
      () => new Response('incorrect format', { status: 400 }),
      'http',
      400,
    ],
    [
      '429',
      () => new Response('slow down', { status: 429, headers: { 'retry-after': '30' } }),
      'http',
      429,
    ],
    ['500', () => new Response('oops', { status: 500 }), 'http', 500],
    ['503', () => new Response('', { status: 503 }), 'http', 503],
    [
      'an HTML page with 200',
      () => new Response('<!doctype html><p>hi', { headers: { 'content-type': 'text/html' } }),
      'parse',
      undefined,
    ],
    ['an empty body', () => new Response(''), 'parse', undefined],
    ['truncated JSON', () => new Response('{"protocolSection":{"identif'), 'parse', undefined],
    ['JSON that is not a study', () => json({ studies: [] }), 'parse', undefined],
    ['JSON null', () => json(null), 'parse', undefined],
    [
      'a different study',
      () => json({ protocolSection: { identificationModule: { nctId: 'NCT00000001' } } }),
      'mismatch',
      undefined,
    ],
    ['a network failure', () => new TypeError('Failed to fetch'), 'network', undefined],
  ];
  for (const [what, answer, reason, status] of errors) {
    it(`maps ${what} to ${reason}`, async () => {
      const error = await failure(
        fetchStudy(BASE, 'NCT00184067', { fetch: fakeFetch(answer).impl }),
      );
      expect(error.reason).to.equal(reason);
      expect(error.status).to.equal(status);
    });
  }

  it('keeps Retry-After on a 429 and calls it retryable', async () => {
    const fake = fakeFetch(
      () => new Response('', { status: 429, headers: { 'retry-after': '30' } }),
    );
    const error = await failure(fetchStudy(BASE, 'NCT00184067', { fetch: fake.impl }));
    expect(error.details.retryAfterSeconds).to.equal(30);
    expect(error.retryable).to.equal(true);
  });

  it('calls not-found, 400 and mismatch not retryable', () => {
    expect(new RegistryError('not-found', '').retryable).to.equal(false);
    expect(new RegistryError('http', '', { status: 400 }).retryable).to.equal(false);
    expect(new RegistryError('mismatch', '').retryable).to.equal(false);
    expect(new RegistryError('http', '', { status: 503 }).retryable).to.equal(true);
  });

  it('ends a stalled request as a timeout', async () => {
    const error = await failure(
      fetchStudy(BASE, 'NCT00184067', { fetch: fakeFetch(() => 'hang').impl, timeoutMs: 20 }),
    );
    expect(error.reason).to.equal('timeout');
  });

  it("rejects with the caller's AbortError, not a registry error, when aborted", async () => {
    const controller = new AbortController();
    const pending = fetchStudy(BASE, 'NCT00184067', {
      fetch: fakeFetch(() => 'hang').impl,
      signal: controller.signal,
    });
    controller.abort();
    let caught: unknown;
    try {
      await pending;
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(DOMException);
    expect((caught as DOMException).name).to.equal('AbortError');
  });

  it('does not fetch when the signal is already aborted', async () => {
    const fake = fakeFetch(() => json(study));
    const controller = new AbortController();
    controller.abort();
    let caught: unknown;
    try {
      await fetchStudy(BASE, 'NCT00184067', { fetch: fake.impl, signal: controller.signal });
    } catch (error) {
      caught = error;
    }
    expect((caught as DOMException).name).to.equal('AbortError');
    expect(fake.urls).to.have.length(0);
  });

  describe('checkStudy (aliases)', () => {
    const record = (nctId: string, aliases?: string[]) => ({
      protocolSection: {
        identificationModule: { nctId, ...(aliases ? { nctIdAliases: aliases } : {}) },
      },
    });
    const cases: [string, unknown, string, string | undefined][] = [
      ['the same id', record('NCT00184067'), 'NCT00184067', undefined],
      [
        'an alias of the requested id',
        record('NCT00184067', ['NCT09999901']),
        'NCT09999901',
        undefined,
      ],
      [
        'an alias written in a short form',
        record('NCT00184067', ['nct9999901']),
        'NCT09999901',
        undefined,
      ],
      ['another study', record('NCT00184067', ['NCT01111111']), 'NCT09999901', 'mismatch'],
      ['a malformed id', record('not-an-id'), 'NCT00184067', 'parse'],
      ['an array', [], 'NCT00184067', 'parse'],
    ];
    for (const [what, body, requested, reason] of cases) {
      it(`${what} → ${reason ?? 'accepted'}`, () => {
        let got: string | undefined;
        try {
          checkStudy(body, requested as `NCT${string}`);
        } catch (error) {
          got = (error as RegistryError).reason;
        }
        expect(got).to.equal(reason);
      });
    }
  });

  describe('parseRetryAfter', () => {
    const now = Date.parse('2026-11-01T12:00:00Z');
    const cases: [string | null, number | undefined][] = [
      [null, undefined],
      ['120', 120],
      [' 5 ', 5],
      ['Sun, 01 Nov 2026 12:01:00 GMT', 60],
      ['Sun, 01 Nov 2026 11:00:00 GMT', 0],
      ['soon', undefined],
    ];
    for (const [value, expected] of cases) {
      it(`${JSON.stringify(value)} → ${expected}`, () => {
        expect(parseRetryAfter(value, now)).to.equal(expected);
      });
    }
  });
});
