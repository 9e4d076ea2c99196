/** The embed builder's rules (demo/embed-options.ts): study references, option values, escaped snippets. */
import { expect } from '@open-wc/testing';
import {
  OPTIONS,
  checkOption,
  elementTag,
  embedUrl,
  escapeAttribute,
  iframeSnippet,
  moduleSnippet,
  optionsFromQuery,
  parseStudyReference,
  scriptSnippet,
} from '../../demo/embed-options.js';
import type { NctId } from '../../src/registry/ids.js';

const spec = (attribute: string) => OPTIONS.find((o) => o.attribute === attribute)!;

describe('parseStudyReference', () => {
  const accepted: [string, string][] = [
    ['NCT06097962', 'NCT06097962'],
    ['  nct06097962 ', 'NCT06097962'],
    ['NCT3323944', 'NCT03323944'],
    ['https://clinicaltrials.gov/study/NCT06097962', 'NCT06097962'],
    ['https://clinicaltrials.gov/study/NCT06097962?tab=results#main', 'NCT06097962'],
    ['clinicaltrials.gov/study/nct06097962', 'NCT06097962'],
    ['https://www.clinicaltrials.gov/ct2/show/NCT00184067', 'NCT00184067'],
    ['https://classic.clinicaltrials.gov/ct2/show/record/NCT00184067?cond=x', 'NCT00184067'],
    ['https://clinicaltrials.gov/ct2/show/NCT00184067?term=NCT00184067&rank=1', 'NCT00184067'],
    ['https://clinicaltrials.gov/search?term=NCT04267848', 'NCT04267848'],
    ['https://clinicaltrials.gov/ct2/results?term=NCT04267848&draw=2', 'NCT04267848'],
    ['https://clinicaltrials.gov/search?id=NCT04267848', 'NCT04267848'],
  ];
  for (const [input, nct] of accepted) {
    it(`reads ${input} as ${nct}`, () => {
      expect(parseStudyReference(input)).to.deep.equal({ ok: true, value: nct });
    });
  }

  const refused: [string, RegExp][] = [
    ['', /^Type or paste a study's NCT number/],
    ['   ', /^Type or paste/],
    ['NCT123456789', /^“NCT123456789” is not an NCT number: they are NCT followed by 8 digits/],
    ['aspirin', /^“aspirin” is neither an NCT number nor a ClinicalTrials\.gov address/],
    ['https://example.org/study/NCT06097962', /^example\.org is not ClinicalTrials\.gov/],
    ['https://clinicaltrials.gov/search?cond=diabetes', /does not point at one study/],
    ['https://clinicaltrials.gov/search?term=NCT04267848%20OR%20NCT06097962', /names 2 studies/],
    ['https://clinicaltrials.gov/study/NCT0', /“NCT0” in that address is not an NCT number/],
    ['javascript:alert(1)', /is neither an NCT number/],
  ];
  for (const [input, message] of refused) {
    it(`refuses ${JSON.stringify(input)} with a human message`, () => {
      const parsed = parseStudyReference(input);
      expect(parsed.ok).to.equal(false);
      if (!parsed.ok) expect(parsed.message).to.match(message);
    });
  }
});

describe('checkOption', () => {
  it('leaves defaults out and keeps other values', () => {
    expect(checkOption(spec('theme'), 'auto')).to.deep.equal({ ok: true, value: undefined });
    expect(checkOption(spec('theme'), 'dark')).to.deep.equal({ ok: true, value: 'dark' });
    expect(checkOption(spec('timeout'), '15')).to.deep.equal({ ok: true, value: undefined });
    expect(checkOption(spec('cache-ttl'), '0')).to.deep.equal({ ok: true, value: '0' });
    expect(checkOption(spec('lang'), '')).to.deep.equal({ ok: true, value: undefined });
  });

  it('refuses values the element does not take, naming the allowed ones', () => {
    const theme = checkOption(spec('theme'), 'purple');
    expect(theme.ok).to.equal(false);
    if (!theme.ok) expect(theme.message).to.include('auto, light, dark');
    expect(checkOption(spec('timeout'), '0').ok).to.equal(false);
    expect(checkOption(spec('timeout'), '1.5').ok).to.equal(false);
    expect(checkOption(spec('signup-action'), 'javascript:alert(1)').ok).to.equal(false);
    expect(checkOption(spec('api-base'), '//evil.example/api').ok).to.equal(false);
  });

  it('takes addresses that are http(s) or a path on the site', () => {
    expect(checkOption(spec('api-base'), '/ctgov/api/v2')).to.deep.equal({
      ok: true,
      value: '/ctgov/api/v2',
    });
    expect(checkOption(spec('signup-action'), 'https://example.org/signup').ok).to.equal(true);
  });

  it('orders and dedupes blocks; all of them in order is the default', () => {
    expect(checkOption(spec('sections'), 'dates summary dates')).to.deep.equal({
      ok: true,
      value: 'dates summary',
    });
    expect(checkOption(spec('sections'), '')).to.deep.equal({ ok: true, value: undefined });
    expect(checkOption(spec('sections'), 'summary nonsense').ok).to.equal(false);
  });

  it('writes a boolean attribute as present or absent', () => {
    expect(checkOption(spec('structured-data'), '')).to.deep.equal({ ok: true, value: '' });
    expect(checkOption(spec('structured-data'), 'false')).to.deep.equal({
      ok: true,
      value: undefined,
    });
  });
});

describe('snippets', () => {
  const nct = 'NCT06097962' as NctId;

  it('escapes attribute values', () => {
    expect(escapeAttribute(`"><script>alert('x')</script>&amp;`)).to.equal(
      `&quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;amp;`,
    );
    const tag = elementTag(nct, [
      ['signup-action', 'https://example.org/s?a=1&b="2"'],
      ['structured-data', ''],
    ]);
    expect(tag).to.include('signup-action="https://example.org/s?a=1&amp;b=&quot;2&quot;"');
    expect(tag).to.match(/\n {2}structured-data\n/);
    // What the snippet says is what a browser parses.
    const parsed = new DOMParser()
      .parseFromString(tag, 'text/html')
      .querySelector('trial-summary')!;
    expect(parsed.getAttribute('signup-action')).to.equal('https://example.org/s?a=1&b="2"');
    expect(parsed.hasAttribute('structured-data')).to.equal(true);
    expect(parsed.querySelector('a')!.getAttribute('href')).to.equal(
      'https://clinicaltrials.gov/study/NCT06097962',
    );
  });

  it('writes a short tag on one line', () => {
    expect(elementTag(nct, []).split('\n')[0]).to.equal('<trial-summary nct="NCT06097962">');
  });

  it('pins the script to its version and hash', () => {
    const snippet = scriptSnippet(elementTag(nct, []), '1.2.3', 'sha384-abc+/=');
    const script = new DOMParser().parseFromString(snippet, 'text/html').querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(
      'https://cdn.jsdelivr.net/npm/trial-summary@1.2.3/dist/trial-summary.iife.js',
    );
    expect(script.getAttribute('integrity')).to.equal('sha384-abc+/=');
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
  });

  it('pins the module tag to its version and the entry’s hash, fetched with CORS', () => {
    const snippet = moduleSnippet(elementTag(nct, []), '1.2.3', 'sha384-abc+/=');
    const script = new DOMParser().parseFromString(snippet, 'text/html').querySelector('script')!;
    expect(script.getAttribute('type')).to.equal('module');
    expect(script.getAttribute('src')).to.equal(
      'https://cdn.jsdelivr.net/npm/trial-summary@1.2.3/dist/cdn/trial-summary.js',
    );
    expect(script.getAttribute('integrity')).to.equal('sha384-abc+/=');
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(snippet.endsWith(elementTag(nct, []))).to.equal(true);
  });

  it('leaves the integrity attribute out when there is no hash', () => {
    expect(moduleSnippet(elementTag(nct, []), '1.2.3', undefined)).not.to.include('integrity');
    expect(scriptSnippet(elementTag(nct, []), '1.2.3', undefined)).not.to.include('integrity');
  });

  it('gives the iframe a title and only the options its address may carry', () => {
    const src = embedUrl(new URL('https://example.org/demo/embed.html?old=1'), nct, [
      ['layout', 'card'],
      ['signup-action', 'https://evil.example/collect'],
      ['api-base', 'https://evil.example/api'],
    ]);
    expect(src).to.equal('https://example.org/demo/embed.html?nct=NCT06097962&layout=card');
    const frame = new DOMParser()
      .parseFromString(iframeSnippet(src, nct, 'card'), 'text/html')
      .querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal(src);
    expect(frame.getAttribute('title')).to.equal(
      'Clinical study NCT06097962: plain-language summary',
    );
  });
});

describe('optionsFromQuery', () => {
  it('takes valid look options and ignores the rest, saying why', () => {
    const { attributes, problems } = optionsFromQuery(
      new URLSearchParams(
        'nct=NCT06097962&layout=card&theme=purple&api-base=https://evil.example&colour=red&lang=es',
      ),
    );
    expect(attributes).to.deep.equal([
      ['layout', 'card'],
      ['lang', 'es'],
    ]);
    expect(problems).to.have.length(3);
    expect(problems.join(' ')).to.include('“api-base” is set by the page, not its address');
  });
});
