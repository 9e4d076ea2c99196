import { expect } from '@open-wc/testing';
import { CARD_FIELDS } from '../src/registry/client.js';
import { RegistryError } from '../src/registry/errors.js';
import type { NctId } from '../src/registry/ids.js';
import { SharedRegistryClient, type SharedClientOptions } from '../src/registry/shared.js';
import type { Study } from '../src/registry/types.js';
import { loadFixture } from './helpers.js';

const BASE = 'https://registry.example/api/v2';
const FIELDS = CARD_FIELDS.join(',');

interface Call {
  url: URL;
  signal: AbortSignal | undefined;
}

/** A fake registry behind `fetch`: studies by id, an alias table, and a hook to answer differently. */
function fakeRegistry(
  studies: Study[],
  hook?: (call: Call) => Response | undefined | Promise<Response | undefined>,
) {
  const calls: Call[] = [];
  const byId = new Map(studies.map((s) => [s.protocolSection!.identificationModule!.nctId!, s]));
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call = { url: new URL(String(input)), signal: init?.signal ?? undefined };
    calls.push(call);
    const hooked = await hook?.(call);
    if (hooked) return hooked;
    const one = /\/studies\/(NCT\d+)$/.exec(call.url.pathname);
    if (one) {
      const study = [...byId.values()].find(
        (s) =>
          s.protocolSection!.identificationModule!.nctId === one[1] ||
          s.protocolSection!.identificationModule!.nctIdAliases?.includes(one[1]!),
      );
      return study ? json(study) : new Response('Not found', { status: 404 });
    }
    const ids = call.url.searchParams.get('filter.ids')!.split(',');
    const found = [...byId.values()].filter((s) => {
      const id = s.protocolSection!.identificationModule!;
      return ids.includes(id.nctId!) || id.nctIdAliases?.some((a) => ids.includes(a));
    });
    return json({ studies: found });
  };
  return { fetch: impl as typeof fetch, calls };
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}

/**
 * A batch answer the test writes as it goes: `asked` settles when the request is made, `push` sends a piece,
 * `pulled()` settles once the reader has asked for more after the pieces so far, `end` closes the body.
 */
function streamedAnswer() {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let controller:
    ReadableByteStreamController | ReadableStreamDefaultController<Uint8Array> | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  let onPull: (() => void) | undefined;
  const asked = deferred();
  const flush = () => {
    if (!controller) return;
    const next = pieces.shift();
    if (next !== undefined) controller.enqueue(encoder.encode(next));
    else if (ended) controller.close();
  };
  return {
    asked: asked.promise,
    respond: () => {
      asked.resolve();
      return new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            controller = c;
          },
          pull() {
            onPull?.();
            if (pieces.length > 0 || ended) return flush();
            return new Promise<void>((resolve) => (wake = resolve)).then(flush);
          },
        }),
      );
    },
    push(text: string) {
      pieces.push(text);
      wake?.();
      wake = undefined;
    },
    end() {
      ended = true;
      wake?.();
      wake = undefined;
    },
    pulled: () => new Promise<void>((resolve) => (onPull = resolve)),
  };
}

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

function client(fake: { fetch: typeof fetch }, options: SharedClientOptions = {}) {
  return new SharedRegistryClient(BASE, {
    fetch: fake.fetch,
    storage: null,
    batchWindowMs: 5,
    ...options,
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const A = 'NCT00184067' as NctId;
const B = 'NCT06097962' as NctId;
const C = 'NCT03798535' as NctId;
const MISSING = 'NCT00000001' as NctId;
const SIX = [
  'NCT00184067',
  'NCT00711542',
  'NCT00763412',
  'NCT00973089',
  'NCT01978912',
  'NCT02210780',
] as NctId[];

describe('shared registry client', () => {
  let studies: Study[];
  before(async () => {
    studies = await Promise.all([A, B, C].map((id) => loadFixture(id)));
  });

  it('shares one request between callers of the same id', async () => {
    const fake = fakeRegistry(studies);
    const c = client(fake);
    const [one, two] = await Promise.all([c.get(A), c.get(A)]);
    expect(fake.calls).to.have.length(1);
    expect(one.study).to.equal(two.study);
    expect(fake.calls[0]!.url.href).to.equal(`${BASE}/studies/${A}?fields=${FIELDS}`);
  });

  it('batches distinct ids asked for within the window into one projected request', async () => {
    const fake = fakeRegistry(studies);
    const c = client(fake);
    const results = await Promise.all([A, B, C].map((id) => c.get(id)));
    expect(results.map((r) => r.nct)).to.deep.equal([A, B, C]);
    expect(fake.calls).to.have.length(1);
    const url = fake.calls[0]!.url;
    expect(url.pathname).to.equal('/api/v2/studies');
    expect(url.searchParams.get('filter.ids')).to.equal(`${A},${B},${C}`);
    expect(url.searchParams.get('pageSize')).to.equal('3');
    expect(url.searchParams.get('fields')).to.equal(FIELDS);
  });

  it('splits a batch to keep URLs a safe length', async () => {
    const fake = fakeRegistry(studies);
    const c = client(fake, { maxUrlLength: studiesUrlLength(2) });
    await Promise.all([A, B, C].map((id) => c.get(id)));
    expect(
      fake.calls.map(
        (call) => call.url.searchParams.get('filter.ids') ?? call.url.pathname.split('/').pop(),
      ),
    ).to.deep.equal([`${A},${B}`, C]);
    for (const call of fake.calls) expect(call.url.href.length).to.be.at.most(studiesUrlLength(2));
  });

  it('fails exactly the callers of a failed batch, not those of another batch', async () => {
    const fake = fakeRegistry(studies, (call) =>
      call.url.searchParams.get('filter.ids')?.includes(A) || call.url.pathname.endsWith(A)
        ? new Response('oops', { status: 500 })
        : undefined,
    );
    const c = client(fake, { maxUrlLength: studiesUrlLength(2) });
    const results = await Promise.allSettled([c.get(A), c.get(B), c.get(C)]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected', 'fulfilled']);
    expect(fake.calls).to.have.length(2);
  });

  it('makes ids missing from the answer not-found for exactly those callers', async () => {
    const fake = fakeRegistry(studies);
    const c = client(fake);
    const [found, missing] = await Promise.allSettled([c.get(A), c.get(MISSING)]);
    expect(found.status).to.equal('fulfilled');
    expect(missing.status === 'rejected' && (missing.reason as RegistryError).reason).to.equal(
      'not-found',
    );
    expect(fake.calls).to.have.length(1);
  });

  it('hands each study of a batch out as soon as it has arrived, before the answer has ended', async () => {
    const answer = streamedAnswer();
    const c = client(fakeRegistry(studies, answer.respond));
    let missingSettled = false;
    const [a, b, missing] = [c.get(A), c.get(B), c.get(MISSING)].map((p) =>
      p.then(
        (value) => value.nct,
        (error: RegistryError) => error.reason,
      ),
    );
    void missing.finally(() => (missingSettled = true));
    await answer.asked;
    const [first, second] = [JSON.stringify(studies[0]), JSON.stringify(studies[1])];
    answer.push(`{"studies":[${first},${second.slice(0, 500)}`);
    expect(await a, 'whole before the answer ends').to.equal(A);
    answer.push(`${second.slice(500)}]}`);
    expect(await b).to.equal(B);
    expect(missingSettled, 'not known missing before the answer has ended').to.equal(false);
    answer.end();
    expect(await missing, 'known missing once the answer has ended').to.equal('not-found');
  });

  it('gives at most four cards their study per task, however many arrive at once', async () => {
    const many = await Promise.all(SIX.map((id) => loadFixture(id)));
    const answer = streamedAnswer();
    const c = client(fakeRegistry(many, answer.respond));
    const settled: NctId[] = [];
    const all = Promise.all(SIX.map((id) => c.get(id).then((r) => void settled.push(r.nct))));
    await answer.asked;
    answer.push(JSON.stringify({ studies: many }));
    answer.end();
    while (settled.length === 0) await Promise.resolve();
    // Microtasks only: nothing handed out in a later task can have settled yet.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(settled.length).to.be.within(1, 4);
    await all;
    expect(settled).to.have.members([...SIX]);
  });

  it('aborts a streaming answer once every card still waiting for it has left', async () => {
    const answer = streamedAnswer();
    const fake = fakeRegistry(studies, answer.respond);
    const c = client(fake);
    const leaving = new AbortController();
    const a = c.get(A);
    const b = c.get(B, { signal: leaving.signal });
    await answer.asked;
    answer.push(`{"studies":[${JSON.stringify(studies[0])},`);
    expect((await a).nct).to.equal(A);
    expect(fake.calls[0]!.signal!.aborted, 'B still waits').to.equal(false);
    leaving.abort();
    expect(((await rejection(b)) as DOMException).name).to.equal('AbortError');
    expect(fake.calls[0]!.signal!.aborted, 'nobody waits').to.equal(true);
  });

  for (const order of ['own id first', 'alias first'])
    for (const stream of [true, false])
      it(`gives a card the study with its own id over one listing it as an alias (${order}, stream ${stream})`, async () => {
        const listing = structuredClone(studies[0]!);
        listing.protocolSection!.identificationModule!.nctIdAliases = [B];
        const answer = order === 'own id first' ? [studies[1]!, listing] : [listing, studies[1]!];
        const c = client(
          fakeRegistry([], () => json({ studies: answer })),
          { stream },
        );
        const [a, b] = await Promise.all([c.get(A), c.get(B)]);
        expect(a.nct).to.equal(A);
        expect(b.nct).to.equal(B);
      });

  it('reads a batch answer whole with stream: false (what it does when the reader cannot load)', async () => {
    const answer = streamedAnswer();
    const c = client(fakeRegistry(studies, answer.respond), { stream: false });
    let settled = 0;
    const both = Promise.all([c.get(A), c.get(B)].map((p) => p.finally(() => settled++)));
    await answer.asked;
    answer.push(`{"studies":[${JSON.stringify(studies[0])},`);
    await answer.pulled();
    expect(settled, 'nothing before the answer has ended').to.equal(0);
    answer.push(`${JSON.stringify(studies[1])}]}`);
    answer.end();
    expect((await both).map((r) => r.nct)).to.deep.equal([A, B]);
  });

  it('keeps the studies that came whole when a batch answer breaks off, and fails the rest', async () => {
    const body = JSON.stringify({ studies: studies.slice(0, 2) });
    const cut = body.indexOf(JSON.stringify(studies[1])) + 100;
    const fake = fakeRegistry(studies, () => {
      let sent = false;
      return new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent) controller.error(new TypeError('connection reset'));
            else controller.enqueue(new TextEncoder().encode(body.slice(0, cut)));
            sent = true;
          },
        }),
      );
    });
    const c = client(fake);
    const results = await Promise.allSettled([c.get(A), c.get(B)]);
    expect(results[0].status).to.equal('fulfilled');
    expect(
      results[1].status === 'rejected' && (results[1].reason as RegistryError).reason,
    ).to.equal('network');
  });

  it('resolves an alias id to the study that lists it', async () => {
    const aliased = structuredClone(studies[0]!);
    aliased.protocolSection!.identificationModule!.nctIdAliases = ['NCT09999901'];
    const fake = fakeRegistry([aliased, studies[1]!]);
    const c = client(fake);
    const [alias, other] = await Promise.all([c.get('NCT09999901' as NctId), c.get(B)]);
    expect(alias).to.deep.include({ nct: A, requestedNct: 'NCT09999901' });
    expect(other.nct).to.equal(B);
  });

  it('keeps a request going while anyone still waits, and aborts it when nobody does', async () => {
    const gate = deferred();
    const fake = fakeRegistry(studies, async () => {
      await gate.promise;
      return undefined;
    });
    const c = client(fake);
    const first = new AbortController();
    const second = new AbortController();
    const one = c.get(A, { signal: first.signal });
    const two = c.get(A, { signal: second.signal });
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.calls).to.have.length(1);
    first.abort();
    expect(((await rejection(one)) as DOMException).name).to.equal('AbortError');
    expect(fake.calls[0]!.signal!.aborted, 'still wanted').to.equal(false);
    second.abort();
    expect(((await rejection(two)) as DOMException).name).to.equal('AbortError');
    expect(fake.calls[0]!.signal!.aborted, 'nobody waits').to.equal(true);
    gate.resolve();
  });

  it('never sends an id whose only caller left before the batch window closed', async () => {
    const fake = fakeRegistry(studies);
    const c = client(fake);
    const leaving = new AbortController();
    const gone = c.get(A, { signal: leaving.signal });
    const kept = c.get(B);
    leaving.abort();
    await rejection(gone);
    await kept;
    expect(fake.calls.map((call) => call.url.pathname)).to.deep.equal([`/api/v2/studies/${B}`]);
  });

  it('ends one caller at its own time limit while the request goes on for others', async () => {
    const gate = deferred();
    const fake = fakeRegistry(studies, async () => {
      await gate.promise;
      return undefined;
    });
    const c = client(fake);
    const impatient = c.get(A, { timeoutMs: 20 });
    const patient = c.get(A);
    expect(((await rejection(impatient)) as RegistryError).reason).to.equal('timeout');
    gate.resolve();
    expect((await patient).nct).to.equal(A);
  });

  it('caches in memory and in storage for the TTL, then returns a stale copy to refresh', async () => {
    let now = 1_000_000;
    const storage = memoryStorage();
    const fake = fakeRegistry(studies);
    const c = client(fake, { storage, now: () => now });
    const first = await c.get(A, { ttlSeconds: 60 });
    expect(first.stale).to.equal(false);
    expect((await c.get(A, { ttlSeconds: 60 })).retrievedAt).to.equal(first.retrievedAt);
    expect(fake.calls).to.have.length(1);
    // Storage is written a task after the callers are served; a second page load (a new client) reads it.
    await new Promise((r) => setTimeout(r, 0));
    const later = client(fake, { storage, now: () => now });
    expect((await later.get(A, { ttlSeconds: 60 })).stale).to.equal(false);
    expect(fake.calls).to.have.length(1);
    now += 61_000;
    const stale = await later.get(A, { ttlSeconds: 60 });
    expect(stale.stale).to.equal(true);
    expect(fake.calls).to.have.length(1);
    const fresh = await later.refresh(A, { ttlSeconds: 60 });
    expect(fresh.stale).to.equal(false);
    expect(fresh.retrievedAt).to.equal(now);
    expect(fake.calls).to.have.length(2);
  });

  it('keeps nothing when the TTL is 0, and never keeps a failure', async () => {
    let fail = true;
    const storage = memoryStorage();
    const fake = fakeRegistry(studies, () =>
      fail ? new Response('oops', { status: 500 }) : undefined,
    );
    const c = client(fake, { storage });
    expect(((await rejection(c.get(A))) as RegistryError).status).to.equal(500);
    fail = false;
    await c.get(A, { ttlSeconds: 0 });
    await c.get(A, { ttlSeconds: 0 });
    await new Promise((r) => setTimeout(r, 0));
    expect(storage.data.size, 'nothing stored').to.equal(0);
    // A later caller with the default TTL finds nothing kept either.
    await c.get(A);
    expect(fake.calls).to.have.length(4);
  });

  it('keeps very large studies in memory only, and makes room when storage is full', async () => {
    const big = await loadFixture('NCT02513394');
    const storage = memoryStorage();
    const fake = fakeRegistry([...studies, big]);
    const c = client(fake, { storage });
    await c.get('NCT02513394' as NctId);
    await c.get(A);
    await new Promise((r) => setTimeout(r, 10));
    expect([...storage.data.keys()].map((k) => k.split(':').pop())).to.deep.equal([A]);
    expect((await c.get('NCT02513394' as NctId)).nct, 'from memory').to.equal('NCT02513394');
    expect(fake.calls).to.have.length(2);

    // A full storage: the cards' own older copies make room; the host's keys stay.
    const full = memoryStorage();
    full.data.set('host:key', 'kept');
    full.data.set(`trial-summary:v1:${BASE}:NCT00000002`, 'old');
    const setItem = full.setItem;
    full.setItem = (key: string, value: string) => {
      if (full.data.has(`trial-summary:v1:${BASE}:NCT00000002`))
        throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    };
    const withFull = client(fakeRegistry(studies), { storage: full });
    await withFull.get(B);
    await new Promise((r) => setTimeout(r, 10));
    expect([...full.data.keys()].sort()).to.deep.equal([
      'host:key',
      `trial-summary:v1:${BASE}:${B}`,
    ]);
  });

  it('ignores a stored copy that is not the study asked for', async () => {
    const storage = memoryStorage();
    storage.setItem(
      `trial-summary:v1:${BASE}:${A}`,
      JSON.stringify({ nct: A, retrievedAt: Date.now(), study: studies[1] }),
    );
    const fake = fakeRegistry(studies);
    expect((await client(fake, { storage }).get(A)).nct).to.equal(A);
    expect(fake.calls).to.have.length(1);
  });

  it('waits out Retry-After on 429 and tries again, a bounded number of times', async () => {
    let busy = 1;
    const fake = fakeRegistry(studies, () =>
      busy-- > 0 ? new Response('', { status: 429, headers: { 'retry-after': '0' } }) : undefined,
    );
    expect((await client(fake).get(A)).nct).to.equal(A);
    expect(fake.calls).to.have.length(2);

    const always = fakeRegistry(
      studies,
      () => new Response('', { status: 429, headers: { 'retry-after': '0' } }),
    );
    expect(
      ((await rejection(client(always, { maxRetries: 2 }).get(A))) as RegistryError).status,
    ).to.equal(429);
    expect(always.calls).to.have.length(3);
  });

  it('gives up at once when Retry-After asks for longer than it will wait', async () => {
    const fake = fakeRegistry(
      studies,
      () => new Response('', { status: 503, headers: { 'retry-after': '120' } }),
    );
    const error = (await rejection(client(fake).get(A))) as RegistryError;
    expect(error.status).to.equal(503);
    expect(error.details.retryAfterSeconds).to.equal(120);
    expect(fake.calls).to.have.length(1);
  });

  it('keeps at most maxConcurrent requests in flight', async () => {
    const gates = [deferred(), deferred()];
    let inFlight = 0;
    let most = 0;
    const fake = fakeRegistry(studies, async (call) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await gates[call.url.pathname.endsWith(A) ? 0 : 1]!.promise;
      inFlight--;
      return undefined;
    });
    const c = client(fake, { batch: false, maxConcurrent: 1 });
    const both = Promise.all([c.get(A), c.get(B)]);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.calls).to.have.length(1);
    gates[0]!.resolve();
    gates[1]!.resolve();
    await both;
    expect(fake.calls).to.have.length(2);
    expect(most).to.equal(1);
  });

  it('in naive mode sends one full request per caller', async () => {
    const fake = fakeRegistry(studies);
    const c = client(fake, { share: false, batch: false, projection: false });
    await Promise.all([
      c.get(A, { ttlSeconds: 0 }),
      c.get(A, { ttlSeconds: 0 }),
      c.get(B, { ttlSeconds: 0 }),
    ]);
    expect(fake.calls.map((call) => call.url.href)).to.deep.equal([
      `${BASE}/studies/${A}`,
      `${BASE}/studies/${A}`,
      `${BASE}/studies/${B}`,
    ]);
  });
});

/** The length of a batch URL for `n` ids, with the card's fields. */
function studiesUrlLength(n: number): number {
  return `${BASE}/studies?filter.ids=${Array.from({ length: n }, () => 'NCT00000000').join(',')}&pageSize=${n}&fields=${FIELDS}`
    .length;
}
