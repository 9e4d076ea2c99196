/**
 * Hostile records: every recorded study, with each kind of payload in every kind of string field the card
 * shows, rendered in real Chromium. Nothing may run, no element, attribute or URL outside the allow-list may
 * appear, and nothing outside the card may change.
 */
import { expect } from '@open-wc/testing';
import { configureRegistryClients } from '../../src/registry/shared.js';
import type { Study } from '../../src/registry/types.js';
import type { TrialSummaryElement } from '../../src/trial-summary.js';
import '../../src/define.js';
import { TERMS } from '../../src/glossary/terms.js';
import { ES_DEFINITIONS } from '../../src/glossary/es.js';
import { MARKUP_ATTRIBUTES, MARKUP_TAGS, fixtureIds, loadFixture, openAll } from '../helpers.js';
import { PAYLOADS, PAYLOAD_KINDS, payloadsOf } from './payloads.js';

type Any = Record<string, unknown>;
const each = (value: unknown, visit: (item: Any) => void) => {
  if (Array.isArray(value))
    for (const item of value) if (item && typeof item === 'object') visit(item as Any);
};
const module = (s: Any, name: string) =>
  (((s['protocolSection'] ??= {}) as Any)[name] ??= {}) as Any;

/** Every kind of string field the card shows, as setters on a record (arrays: every item). */
const FIELD_KINDS: Record<string, (s: Any, next: () => string) => void> = {
  titles: (s, next) => {
    const id = module(s, 'identificationModule');
    id['briefTitle'] = `${next()} ${String(id['briefTitle'] ?? '')}`;
    id['officialTitle'] = next();
    id['acronym'] = next();
  },
  summaries: (s, next) => {
    const d = module(s, 'descriptionModule');
    d['briefSummary'] = `Intro.\n\n${next()}\n\n* item ${next()}`;
    d['detailedDescription'] = `${next()}\n\n${next()}`;
  },
  eligibility: (s, next) => {
    const e = module(s, 'eligibilityModule');
    e['eligibilityCriteria'] = next();
    e['minimumAge'] = next();
  },
  interventions: (s, next) =>
    each(module(s, 'armsInterventionsModule')['interventions'], (i) => {
      i['name'] = next();
      i['description'] = next();
      i['otherNames'] = [next(), next()];
    }),
  conditions: (s, next) => {
    const c = module(s, 'conditionsModule');
    c['conditions'] = [next(), next()];
    c['keywords'] = [next()];
    each(
      ((s['derivedSection'] as Any | undefined)?.['conditionBrowseModule'] as Any | undefined)?.[
        'meshes'
      ],
      (m) => {
        m['term'] = next();
      },
    );
  },
  locations: (s, next) =>
    each(module(s, 'contactsLocationsModule')['locations'], (l) => {
      l['facility'] = next();
      l['city'] = next();
      l['state'] = next();
      l['country'] = next();
      l['zip'] = next();
    }),
  contacts: (s, next) => {
    const m = module(s, 'contactsLocationsModule');
    m['centralContacts'] = [{ name: next(), phone: next(), email: next(), phoneExt: next() }];
    m['overallOfficials'] = [{ name: next(), affiliation: next(), role: 'PRINCIPAL_INVESTIGATOR' }];
    each(m['locations'], (l) => {
      l['contacts'] = [{ name: next(), phone: next(), email: next() }];
    });
  },
  whyStopped: (s, next) => {
    const status = module(s, 'statusModule');
    status['overallStatus'] = 'TERMINATED';
    status['whyStopped'] = next();
  },
  adverseEvents: (s, next) => {
    const results = (s['resultsSection'] ??= {}) as Any;
    const ae = (results['adverseEventsModule'] ??= {
      eventGroups: [{ id: 'EG000', title: '', seriousNumAffected: 1, seriousNumAtRisk: 3 }],
      seriousEvents: [{ term: '', stats: [{ groupId: 'EG000', numAffected: 1 }] }],
    }) as Any;
    each(ae['eventGroups'], (g) => (g['title'] = next()));
    each(ae['seriousEvents'], (e) => (e['term'] = next()));
  },
  sponsor: (s, next) => {
    module(s, 'sponsorCollaboratorsModule')['leadSponsor'] = { name: next() };
  },
};

/** A hostile variant of a real record: every field kind filled with payloads of one kind, round robin. */
function hostile(
  study: Study,
  payloads: readonly string[],
  offset: number,
): { record: Study; injected: number } {
  const record = structuredClone(study) as unknown as Any;
  let n = offset;
  let injected = 0;
  const next = () => {
    injected++;
    return payloads[n++ % payloads.length]!;
  };
  for (const fill of Object.values(FIELD_KINDS)) fill(record, next);
  return { record: record as Study, injected };
}

const FORBIDDEN =
  'script, iframe, frame, object, embed, base, meta, link, style, svg, math, img, video, audio, source, template, noscript, xmp, marquee, textarea, isindex';
const SAFE_URL = /^(https?:|mailto:|tel:)/i;

const PICTURE_TAGS = new Set(['g', 'line', 'text', 'rect', 'circle']);
const PICTURE_ATTRIBUTES = new Set(
  'class x y x1 x2 y1 y2 cx cy r rx width height text-anchor'.split(' '),
);

/**
 * The card's own pictures (the timeline, the side-effect bars): SVGs of plain shapes and text, nothing a
 * record could have put there.
 */
function ownPicture(node: Element): boolean {
  if (
    node.localName !== 'svg' ||
    !(node.parentElement?.matches('figure.timeline') || node.matches('table.glance svg.bar'))
  )
    return false;
  return [...node.querySelectorAll('*')].every(
    (child) =>
      PICTURE_TAGS.has(child.localName) &&
      [...child.attributes].every((a) => PICTURE_ATTRIBUTES.has(a.name)),
  );
}

const DEFINITIONS = new Set([...TERMS.map((t) => t.definition), ...Object.values(ES_DEFINITIONS)]);

/**
 * A glossary word the card added to the markup: a text-only button with exactly its own attributes, and a
 * text-only definition that is one of the glossary's own.
 */
function ownGlossaryWord(node: Element): boolean {
  const attributes = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
  const textOnly = node.children.length === 0;
  if (node.matches('button.term'))
    return (
      textOnly &&
      attributes.length === 3 &&
      attributes[0]!.startsWith('aria-expanded=') &&
      attributes[1] === 'class=term' &&
      attributes[2] === 'type=button'
    );
  if (node.matches('span.definition'))
    return (
      textOnly &&
      node.previousElementSibling?.matches('button.term') === true &&
      DEFINITIONS.has(node.textContent ?? '') &&
      attributes.every((a) => /^(class=definition|lang=(en|es)|hidden=)$/.test(a))
    );
  return false;
}

/** Everything in a card that the allow-list forbids. */
function problems(el: TrialSummaryElement): string[] {
  const root = el.shadowRoot!;
  const found: string[] = [];
  for (const bad of root.querySelectorAll(FORBIDDEN)) {
    if (!ownPicture(bad)) found.push(`element <${bad.localName}>`);
  }
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      const name = attr.name.toLowerCase();
      if (
        name.startsWith('on') ||
        ['style', 'srcdoc', 'formaction', 'xlink:href', 'src', 'action'].includes(name)
      ) {
        found.push(`attribute ${name} on <${node.localName}> ${attr.value}`);
      }
      if (name === 'href' && !SAFE_URL.test(attr.value)) found.push(`href ${attr.value}`);
    }
  }
  for (const markup of root.querySelectorAll('.markup')) {
    for (const node of markup.querySelectorAll('*')) {
      if (ownGlossaryWord(node)) continue;
      if (!MARKUP_TAGS.has(node.tagName)) found.push(`markup <${node.localName}>`);
      for (const attr of node.attributes) {
        if (!MARKUP_ATTRIBUTES.includes(attr.name)) found.push(`markup attribute ${attr.name}`);
      }
    }
  }
  return found;
}

/** What a payload could change outside the card. */
function outside() {
  return {
    head: document.head.children.length,
    title: document.title,
    cookie: document.cookie,
    href: location.href,
    body: document.body.children.length,
  };
}

describe('hostile records', () => {
  const records = new Map<string, Study>();
  const ran: string[] = [];
  let served = 0;
  let injectedTotal = 0;

  before(() => {
    (window as unknown as { __xss: () => void }).__xss = () => ran.push(new Error().stack ?? 'xss');
    window.alert = () => ran.push('alert');
    // The cards read the hostile records through the real client, from a fetch that serves them.
    configureRegistryClients({
      fetch: async (input) => {
        const url = new URL(String(input));
        const [, kind] = /\/api\/([^/]+)\//.exec(url.pathname) ?? [];
        const one = /\/studies\/(NCT\d+)$/.exec(url.pathname);
        const ids = one ? [one[1]!] : (url.searchParams.get('filter.ids') ?? '').split(',');
        const found = ids
          .map((id) => records.get(`${kind}/${id}`))
          .filter((r): r is Study => r !== undefined);
        served += found.length;
        const body = one ? found[0] : { studies: found };
        return body
          ? new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
          : new Response('Not found', { status: 404 });
      },
    });
  });

  after(() => configureRegistryClients({ fetch: globalThis.fetch.bind(globalThis) }));

  it(`has a corpus of at least 100 distinct payloads in ${PAYLOAD_KINDS.length} kinds`, () => {
    expect(PAYLOADS.length).to.be.at.least(100);
    expect(new Set(PAYLOADS.map((p) => p.text)).size, 'no repeats').to.equal(PAYLOADS.length);
  });

  /** Every recorded study with `payloads` round robin in every kind of field, rendered and opened. */
  async function matrix(kind: string, payloads: readonly string[]): Promise<void> {
    const ids = await fixtureIds();
    const holder = document.createElement('div');
    document.body.append(holder);
    const before = outside();
    const cards: TrialSummaryElement[] = [];
    const settled: Promise<unknown>[] = [];
    for (const [i, nct] of ids.entries()) {
      const made = hostile(await loadFixture(nct), payloads, i);
      injectedTotal += made.injected;
      records.set(`${kind}/${nct}`, made.record);
      const el = document.createElement('trial-summary');
      el.loading = 'eager';
      el.cacheTtl = 0;
      el.apiBase = `https://hostile.example/api/${kind}`;
      el.nct = nct;
      settled.push(
        new Promise((resolve, reject) => {
          el.addEventListener('trial-summary-load', resolve, { once: true });
          el.addEventListener(
            'trial-summary-error',
            (e) => reject(new Error(`${nct}: ${JSON.stringify((e as CustomEvent).detail)}`)),
            {
              once: true,
            },
          );
        }),
      );
      holder.append(el);
      cards.push(el);
    }
    await Promise.all(settled);
    for (const el of cards) await openAll(el);
    // Anything that might fire later (image errors, animations, focus) gets the chance to.
    await new Promise((r) => setTimeout(r, 150));
    expect(ran, 'a payload ran').to.deep.equal([]);
    for (const el of cards) expect(problems(el), el.nct).to.deep.equal([]);
    holder.remove();
    expect(outside(), 'the page outside the cards is unchanged').to.deep.equal({
      ...before,
      body: before.body - 1,
    });
  }

  for (const kind of PAYLOAD_KINDS) {
    it(`renders every recorded study with ${kind} payloads in every kind of field: nothing runs or escapes`, () =>
      matrix(kind, payloadsOf(kind)));
  }

  /**
   * Payloads from public corpora (DOMPurify's test fixtures, H5SC, PortSwigger's cheat-sheet data), with
   * where each came from: test/security/corpus/public-payloads.json. Every payload reaches every recorded
   * study, and fields of every kind, in one pass.
   */
  it('renders every recorded study with the public corpus in every kind of field: nothing runs or escapes', async () => {
    const corpus = (await (await fetch('/test/security/corpus/public-payloads.json')).json()) as {
      payloads: { repo: string; path: string; commit: string; payload: string }[];
    };
    const payloads = corpus.payloads.map((p) => p.payload);
    expect(payloads.length).to.be.at.least(80);
    expect(new Set(corpus.payloads.map((p) => p.repo)).size, 'three public sources').to.equal(3);
    for (const p of corpus.payloads) expect(p.commit, p.payload).to.match(/^[0-9a-f]{40}$/);
    await matrix('public', payloads);
  });

  it('really ran the matrix: every hostile record served, thousands of fields filled', () => {
    expect(served).to.equal(22 * (PAYLOAD_KINDS.length + 1));
    expect(injectedTotal).to.be.greaterThan(5000);
  });
});
