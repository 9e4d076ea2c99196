/**
 * Record values named like `Object.prototype` members: every table of words the card indexes with a record
 * value finds nothing for them, and a card whose record holds them everywhere shows no code, no
 * "[object Object]" and still loads.
 */
import { expect } from '@open-wc/testing';
import { configureRegistryClients } from '../../src/registry/shared.js';
import { stringsFor } from '../../src/i18n/index.js';
import { medicalTrialOf } from '../../src/view-model/structured-data.js';
import { own, withoutPrototypes } from '../../src/lookup.js';
import type { Study } from '../../src/registry/types.js';
import type { NctId } from '../../src/registry/ids.js';
import type { TrialSummaryElement } from '../../src/trial-summary.js';
import '../../src/define.js';
import '../../src/languages/es.js';
import { loadFixture, openAll } from '../helpers.js';

const KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];

/** Every plain object reachable from `value`, with its path: each is a table some lookup may index. */
function tables(value: unknown, path: string, out: [string, object][] = []): [string, object][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  out.push([path, value]);
  for (const [key, child] of Object.entries(value)) tables(child, `${path}.${key}`, out);
  return out;
}

describe('record values named like Object.prototype members', () => {
  it('find nothing in any table of the English and Spanish words', () => {
    const found: string[] = [];
    let looked = 0;
    for (const lang of ['en', 'es']) {
      for (const [path, table] of tables(stringsFor(lang), lang)) {
        for (const key of KEYS) {
          looked++;
          const value = (table as Record<string, unknown>)[key];
          if (value !== undefined) found.push(`${path}[${key}]: ${typeof value}`);
        }
      }
    }
    expect(looked).to.be.greaterThan(300);
    expect(found).to.deep.equal([]);
  });

  it('find nothing through the word functions that hold their own tables (ages, purposes)', () => {
    for (const lang of ['en', 'es']) {
      const t = stringsFor(lang);
      for (const key of KEYS) {
        const age = t.facts.age('18', key, 2);
        expect(age, `${lang} age ${key}`).to.equal(`18 ${key}`);
      }
    }
  });

  it('own() and withoutPrototypes()', () => {
    const table = { A: 'a' };
    for (const key of KEYS) expect(own(table, key), key).to.equal(undefined);
    expect(own(table, 'A')).to.equal('a');
    expect(own(table, undefined)).to.equal(undefined);
    const nested = withoutPrototypes({ a: { b: 'x' }, list: [{ c: 1 }], f: () => 1 });
    expect(Object.getPrototypeOf(nested)).to.equal(null);
    expect(Object.getPrototypeOf(nested.a)).to.equal(null);
    expect(Object.getPrototypeOf(nested.list)).to.equal(Array.prototype);
  });

  it('give structured data no status or phase', async () => {
    const study = structuredClone(await loadFixture('NCT06097962')) as unknown as Study & {
      protocolSection: Record<string, Record<string, unknown>>;
    };
    for (const key of KEYS) {
      study.protocolSection['statusModule']!['overallStatus'] = key;
      study.protocolSection['designModule']!['phases'] = [key];
      const trial = medicalTrialOf(study, 'NCT06097962' as NctId)!;
      expect(trial['status'], key).to.equal(undefined);
      expect(trial['phase'], key).to.equal(undefined);
    }
  });

  describe('in a rendered card', () => {
    const records = new Map<string, Study>();
    before(() =>
      configureRegistryClients({
        fetch: async (input) => {
          const url = new URL(String(input));
          const record = records.get(url.pathname.split('/')[1] ?? '');
          const one = /\/studies\/NCT\d+$/.test(url.pathname);
          const body = one ? record : { studies: record ? [record] : [] };
          return body
            ? new Response(JSON.stringify(body), {
                headers: { 'content-type': 'application/json' },
              })
            : new Response('Not found', { status: 404 });
        },
      }),
    );
    after(() => configureRegistryClients({ fetch: globalThis.fetch.bind(globalThis) }));

    for (const lang of ['en', 'es']) {
      it(`shows no code or "[object Object]" with such values in every coded field (${lang})`, async () => {
        const base = await loadFixture('NCT06097962');
        const holder = document.createElement('div');
        holder.lang = lang;
        document.body.append(holder);
        try {
          for (const [n, key] of KEYS.entries()) {
            const s = structuredClone(base) as unknown as Record<
              string,
              Record<string, Record<string, unknown>>
            >;
            const p = s['protocolSection']!;
            Object.assign(p['statusModule']!, { overallStatus: key, lastKnownStatus: key });
            const design = p['designModule']!;
            Object.assign(design, {
              studyType: key,
              phases: [key, 'PHASE2'],
              designInfo: {
                allocation: key,
                interventionModel: key,
                primaryPurpose: key,
                maskingInfo: { masking: key, whoMasked: [key] },
              },
              enrollmentInfo: { count: 40, type: key },
            });
            Object.assign(p['eligibilityModule']!, {
              sex: key,
              stdAges: [key],
              minimumAge: `18 ${key}`,
            });
            const arms = p['armsInterventionsModule']!;
            for (const i of arms['interventions'] as Record<string, unknown>[]) i['type'] = key;
            for (const a of (arms['armGroups'] ?? []) as Record<string, unknown>[]) a['type'] = key;
            const contacts = p['contactsLocationsModule']!;
            for (const l of (contacts['locations'] ?? []) as Record<string, unknown>[])
              l['status'] = key;
            for (const o of (contacts['overallOfficials'] ?? []) as Record<string, unknown>[])
              o['role'] = key;
            const api = `https://proto.example/${lang}${n}/api/v2`;
            records.set(`${lang}${n}`, s as unknown as Study);
            const el = document.createElement('trial-summary') as TrialSummaryElement;
            el.loading = 'eager';
            el.cacheTtl = 0;
            el.apiBase = api;
            el.nct = 'NCT06097962';
            const settled = new Promise<string>((resolve) => {
              el.addEventListener('trial-summary-load', () => resolve('load'), { once: true });
              el.addEventListener(
                'trial-summary-error',
                () =>
                  resolve(
                    `error: ${el.shadowRoot?.querySelector('.error-message')?.textContent ?? ''}`,
                  ),
                { once: true },
              );
            });
            holder.append(el);
            expect(await settled, key).to.equal('load');
            await openAll(el);
            const text = el.shadowRoot!.textContent ?? '';
            // "function (" and "function name(" are code; the record's own "heart function rating" is not.
            for (const bad of [
              '[native code]',
              '[object Object]',
              /function\s*\w*\s*\(/,
              'undefined',
              'NaN',
            ])
              expect(
                typeof bad === 'string' ? text.includes(bad) : bad.test(text),
                `${key} (${lang}): ${String(bad)}`,
              ).to.equal(false);
            el.remove();
          }
        } finally {
          holder.remove();
        }
      });
    }
  });
});
