/**
 * A seeded, reproducible fuzzer for study records: it mutates real recorded records (keys removed, wrong types,
 * nulls, empty arrays, 1 MB strings, deep nesting, numbers as strings, unknown enum values) and renders each
 * mutant in a card. Every mutant must end in a defined state — shown with what is valid, or an error state —
 * with no uncaught exception and no console error.
 */
import { expect } from '@open-wc/testing';
import { configureRegistryClients } from '../../src/registry/shared.js';
import type { Study } from '../../src/registry/types.js';
import type { TrialSummaryElement } from '../../src/trial-summary.js';
import '../../src/define.js';
import { fixtureIds, loadFixture } from '../helpers.js';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MUTATIONS = [
  'remove-key',
  'null',
  'wrong-type-number',
  'wrong-type-string',
  'wrong-type-object',
  'empty-array',
  'huge-string',
  'deep-nesting',
  'number-as-string',
  'unknown-enum',
  'negative-number',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

const HUGE = 'x'.repeat(1024 * 1024);

function deep(levels: number): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < levels; i++) value = { nested: [value] };
  return value;
}

/** All (parent, key) places in a record, for picking one at random. */
function places(value: Json, out: [Json[] | { [key: string]: Json }, string | number][] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      places(v, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value, k]);
      places(v, out);
    }
  }
  return out;
}

/** Applies `count` random mutations to a copy of `study`; returns the mutant and what was done. */
export function mutate(
  study: Study,
  next: () => number,
  count: number,
): { mutant: Study; applied: Mutation[] } {
  const mutant = structuredClone(study) as unknown as Json;
  const applied: Mutation[] = [];
  for (let i = 0; i < count; i++) {
    const all = places(mutant);
    // Keep the id, so the registry's answer is still the study asked for (an id mutation is a parse error,
    // tested elsewhere); everything else is fair game.
    const candidates = all.filter(
      ([, key]) => key !== 'nctId' && key !== 'identificationModule' && key !== 'protocolSection',
    );
    const [parent, key] = candidates[Math.floor(next() * candidates.length)]!;
    const kind = MUTATIONS[Math.floor(next() * MUTATIONS.length)]!;
    const set = (value: Json) => ((parent as Record<string | number, Json>)[key] = value);
    const current = (parent as Record<string | number, Json>)[key];
    switch (kind) {
      case 'remove-key':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else Reflect.deleteProperty(parent, key);
        break;
      case 'null':
        set(null);
        break;
      case 'wrong-type-number':
        set(42);
        break;
      case 'wrong-type-string':
        set('not what was expected');
        break;
      case 'wrong-type-object':
        set({ unexpected: true });
        break;
      case 'empty-array':
        set([]);
        break;
      case 'huge-string':
        set(HUGE);
        break;
      case 'deep-nesting':
        set(deep(200));
        break;
      case 'number-as-string':
        set(typeof current === 'number' ? String(current) : '12');
        break;
      case 'unknown-enum':
        set('SOMETHING_NEW_FROM_THE_REGISTRY');
        break;
      case 'negative-number':
        set(-1);
        break;
    }
    applied.push(kind);
  }
  return { mutant: mutant as unknown as Study, applied };
}

/** Renders `total` mutants (seeded) in batches and checks each ends in a defined state, silently. */
export function fuzzSuite(total: number, seed: number): void {
  describe(`fuzzed records (${total} mutants, seed ${seed})`, () => {
    const served = new Map<string, Study>();
    const uncaught: string[] = [];
    const consoleErrors: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    const error = console.error;

    before(() => {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
      configureRegistryClients({
        fetch: async (input) => {
          // Each mutant lives under its own base, https://fuzz.example/<scope>/v2.
          const url = new URL(String(input));
          const scope = url.pathname.split('/')[1];
          const one = /\/studies\/(NCT\d+)$/.exec(url.pathname);
          const ids = one ? [one[1]!] : (url.searchParams.get('filter.ids') ?? '').split(',');
          const found = ids.map((id) => served.get(`${scope}/${id}`)).filter(Boolean);
          const body = one ? (found[0] ?? null) : { studies: found };
          return new Response(JSON.stringify(body), {
            headers: { 'content-type': 'application/json' },
          });
        },
      });
    });

    after(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = error;
      configureRegistryClients({ fetch: globalThis.fetch.bind(globalThis) });
    });

    const BATCH = 25;
    for (let start = 0; start < total; start += BATCH) {
      it(`mutants ${start + 1}–${Math.min(total, start + BATCH)} end in a defined state`, async () => {
        const next = random(seed + start);
        const ids = await fixtureIds();
        const holder = document.createElement('div');
        document.body.append(holder);
        const outcomes: Promise<string>[] = [];
        for (let i = start; i < Math.min(total, start + BATCH); i++) {
          const nct = ids[Math.floor(next() * ids.length)]!;
          const { mutant } = mutate(await loadFixture(nct), next, 1 + Math.floor(next() * 6));
          const scope = `fuzz${seed}x${i}`;
          served.set(`${scope}/${nct}`, mutant);
          const el = document.createElement('trial-summary') as TrialSummaryElement;
          el.loading = 'eager';
          el.cacheTtl = 0;
          el.timeout = 10;
          el.apiBase = `https://fuzz.example/${scope}/v2`;
          el.nct = nct;
          outcomes.push(
            new Promise((resolve) => {
              el.addEventListener('trial-summary-load', () => resolve('load'), { once: true });
              el.addEventListener(
                'trial-summary-error',
                (e) => resolve(`error:${(e as CustomEvent).detail.reason}`),
                {
                  once: true,
                },
              );
            }),
          );
          holder.append(el);
        }
        const results = await Promise.all(outcomes);
        await new Promise((r) => setTimeout(r, 0));
        // The id and identification stay intact, so every mutant is still a study: each must be shown, with
        // whatever else is valid. (A crash while reading one would surface as a parse error and fail here.)
        expect(results.filter((r) => r !== 'load')).to.deep.equal([]);
        for (const el of holder.querySelectorAll('trial-summary')) {
          expect(
            el.shadowRoot!.querySelector('#title, .error-message'),
            'something is shown',
          ).to.not.equal(null);
          expect(el.shadowRoot!.textContent).to.not.match(
            /\bundefined\b|\bNaN\b|\[object Object\]/,
          );
        }
        holder.remove();
        expect(uncaught, 'uncaught exceptions').to.deep.equal([]);
        expect(consoleErrors, 'console errors').to.deep.equal([]);
      });
    }
  });
}
