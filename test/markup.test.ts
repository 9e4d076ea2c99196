import { expect } from '@open-wc/testing';
import '../node_modules/commonmark/dist/commonmark.js';
import { bound, commonMarkToHtml, cut, renderMarkup, sanitize } from '../src/markup.js';
import { LIMITS } from '../src/registry/limits.js';
import { FAMILIES } from './bench/stall-families.mjs';
import type { Study } from '../src/registry/types.js';
import { MARKUP_ATTRIBUTES, MARKUP_TAGS, fixtureIds, loadFixture } from './helpers.js';

interface CommonMark {
  Parser: new () => { parse(text: string): unknown };
  HtmlRenderer: new () => { render(tree: unknown): string };
}
const commonmark = (globalThis as unknown as { commonmark: CommonMark }).commonmark;

/** The reference implementation's HTML for `text`. */
function oracle(text: string): string {
  return new commonmark.HtmlRenderer().render(new commonmark.Parser().parse(text));
}

/** HTML compared by structure: whitespace between tags, self-closing slashes and entity spelling folded. */
function normalise(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body.innerHTML
    .replace(/\s+/g, ' ')
    .replace(/\s*(<\/?(?:p|ul|ol|li|blockquote|pre|hr|br|h[1-6])\b[^>]*>)\s*/g, '$1')
    .trim();
}

function textOf(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The free-text (markup) keys of API v2 records; titles, names, labels and measures are plain text. */
const MARKUP_KEYS = new Set([
  'briefSummary',
  'detailedDescription',
  'eligibilityCriteria',
  'studyPopulation',
  'description',
  'whyStopped',
  'interventionModelDescription',
  'maskingDescription',
  'accessCriteria',
  'timeFrame',
  'populationDescription',
  'recruitmentDetails',
  'preAssignmentDetails',
  'otherDetails',
  'groupDescription',
  'estimateComment',
  'comment',
  'notes',
]);

/** Every markup string of a record's protocol and results sections, with its path. */
function markupFields(study: Study): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string, key: string) => {
    if (typeof value === 'string') {
      if (MARKUP_KEYS.has(key) && value.trim() !== '') out.push([path, value]);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}[${i}]`, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, k);
    }
  };
  walk(study.protocolSection, 'protocolSection', '');
  walk(study.resultsSection, 'resultsSection', '');
  return out;
}

describe('renderMarkup', () => {
  const cases: [string, string, string][] = [
    ['a paragraph', 'Hello *world*', '<p>Hello <em>world</em></p>'],
    [
      'backslash escapes',
      'Ages \\[18\\] to \\< 30 days, \\> Class II',
      '<p>Ages [18] to &lt; 30 days, &gt; Class II</p>',
    ],
    [
      'a nested list',
      '* one\n  * inner\n* two',
      '<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul>',
    ],
    [
      'an ordered list with a start',
      '3. three\n4. four',
      '<ol start="3"><li>three</li><li>four</li></ol>',
    ],
    ['a heading becomes a bold paragraph', '# Inclusion', '<p><strong>Inclusion</strong></p>'],
    [
      'raw HTML is shown as text',
      'a <b onclick="x()">b</b>',
      '<p>a &lt;b onclick="x()"&gt;b&lt;/b&gt;</p>',
    ],
    ['a script tag is text', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [
      'an image with a title becomes its alt text',
      '![a "b"](https://x.example/y.png "t")',
      '<p>a "b"</p>',
    ],
    [
      'a bare URL stays text (no GFM autolinks)',
      'see https://example.org',
      '<p>see https://example.org</p>',
    ],
    ['an image becomes its alt text', '![chart](https://evil.example/x.png)', '<p>chart</p>'],
    [
      'a javascript: link loses its URL',
      '[click](javascript:alert(1))',
      '<p><a target="_blank" rel="noopener noreferrer">click</a></p>',
    ],
    [
      'an entity-obfuscated javascript: link loses its URL',
      '[x](jav&#x09;ascript:alert(1))',
      '<p><a target="_blank" rel="noopener noreferrer">x</a></p>',
    ],
    [
      'a data: link loses its URL',
      '[x](data:text/html,hi)',
      '<p><a target="_blank" rel="noopener noreferrer">x</a></p>',
    ],
    [
      'a relative link loses its URL',
      '[x](/admin)',
      '<p><a target="_blank" rel="noopener noreferrer">x</a></p>',
    ],
    [
      'an https link opens safely',
      '[site](https://example.org/a)',
      '<p><a href="https://example.org/a" target="_blank" rel="noopener noreferrer">site</a></p>',
    ],
    [
      'a mailto autolink',
      '<mailto:a@b.example>',
      '<p><a href="mailto:a@b.example" target="_blank" rel="noopener noreferrer">mailto:a@b.example</a></p>',
    ],
    ['raw UTF-8 stays', '≥ 18 μg ， （x）', '<p>≥ 18 μg ， （x）</p>'],
    ['a named reference', 'Tom &amp; Jerry', '<p>Tom &amp; Jerry</p>'],
    [
      'named references for spaces and signs',
      'Given&nbsp;daily, Age &ge; 18',
      '<p>Given\u00a0daily, Age ≥ 18</p>',
    ],
    ['numeric references', '&#8805; 18 &#x2265; 18 &#0;', '<p>≥ 18 ≥ 18 \ufffd</p>'],
    ['an unknown reference stays as typed', '&foo; &bogus', '<p>&amp;foo; &amp;bogus</p>'],
    ['a reference without its semicolon stays as typed', 'AT&amp T', '<p>AT&amp;amp T</p>'],
    ['a reference in code stays as typed', '`&amp;`', '<p><code>&amp;amp;</code></p>'],
  ];
  for (const [what, input, expected] of cases) {
    it(what, () => {
      expect(normalise(renderMarkup(input))).to.equal(normalise(expected));
    });
  }

  it('keeps no attribute, element or URL outside the allow-list, whatever HTML it is given', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '<svg onload=alert(1)><circle/></svg>',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
      '<a href="javascript:alert(1)">js</a>',
      '<a href="java&#x09;script:alert(1)">tab</a>',
      '<a href="data:text/html,<script>alert(1)</script>">data</a>',
      '<a href="vbscript:msgbox(1)">vb</a>',
      '<a href="/relative">rel</a>',
      '<a href="https://ok.example/" onclick="x()" style="color:red" target="_top">ok</a>',
      '<style>*{display:none}</style><p style="position:fixed">styled</p>',
      '<base href="https://evil.example/"><form action="https://evil.example/"><input name=x></form>',
      '<iframe src="https://evil.example/"></iframe><object data="x"></object><meta http-equiv="refresh">',
      '<ol start="3" type="a" reversed><li>three</li></ol>',
    ].join('');
    const doc = new DOMParser().parseFromString(`<body>${sanitize(hostile)}</body>`, 'text/html');
    for (const el of doc.body.querySelectorAll('*')) {
      expect(MARKUP_TAGS.has(el.tagName), el.tagName).to.equal(true);
      for (const attr of el.attributes) expect(MARKUP_ATTRIBUTES).to.include(attr.name);
      if (el.tagName === 'A' && el.hasAttribute('href')) {
        expect(el.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
      }
    }
    expect([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://ok.example/',
    ]);
    expect(doc.querySelector('ol')!.getAttribute('start')).to.equal('3');
    expect(doc.body.textContent).to.include('styled');
  });
});

describe('markdown library against the CommonMark reference (every markup field of every fixture)', () => {
  it('renders the same HTML as commonmark.js and the same text after sanitising', async () => {
    const mismatches: string[] = [];
    const textMismatches: string[] = [];
    let fields = 0;
    for (const nct of await fixtureIds()) {
      for (const [path, text] of markupFields(await loadFixture(nct))) {
        fields++;
        const expected = oracle(text);
        if (normalise(commonMarkToHtml(text)) !== normalise(expected))
          mismatches.push(`${nct} ${path}`);
        if (textOf(renderMarkup(text)) !== textOf(expected)) textMismatches.push(`${nct} ${path}`);
      }
    }
    expect(fields).to.be.greaterThan(1000);
    expect(mismatches, 'HTML differs from the reference').to.deep.equal([]);
    expect(textMismatches, 'sanitised text differs from the reference').to.deep.equal([]);
  });
});

describe('bounded work for any record text', () => {
  const note = {
    max: LIMITS.briefSummary,
    continues: 'The registry’s text continues on ClinicalTrials.gov.',
  };

  it('cuts a field at its limit, with an ellipsis and a note, and parses nothing beyond', () => {
    const text = `${'word '.repeat(999)}last ${'<script>__xss()</script> '.repeat(10_000)}`;
    const html = renderMarkup(text, undefined, note);
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect(doc.body.textContent).to.include('word last…');
    expect(doc.body.textContent).not.to.include('script');
    expect(doc.querySelector('p:last-child em')?.textContent).to.equal(note.continues);
  });

  it('leaves text within the limit uncut, without a note', () => {
    const html = renderMarkup('word '.repeat(999), undefined, note);
    expect(html).not.to.include(note.continues);
    expect(html).not.to.include('…');
  });

  it('cuts at a space near the limit, never inside a surrogate pair, and after 300 lines', () => {
    expect(cut('abc', 3)).to.equal(undefined);
    expect(cut('aaaa bbbb', 7)).to.equal('aaaa…');
    expect(cut(`${'a'.repeat(99)}😀b`, 100)).to.equal(`${'a'.repeat(99)}…`);
    expect(cut('x\n'.repeat(1500), 32_000)?.split('\n').length).to.equal(300);
    expect(cut('x\n'.repeat(299), 32_000)).to.equal(undefined);
  });

  it('cuts unknown fields at the largest limit of any field', () => {
    const html = renderMarkup('a '.repeat(20_000));
    expect(html.length).to.be.lessThan(33_000);
  });

  it('leaves every fixture markup field unchanged before parsing', async () => {
    let fields = 0;
    for (const nct of await fixtureIds()) {
      for (const [path, text] of markupFields(await loadFixture(nct))) {
        fields++;
        expect(bound(text), `${nct} ${path}`).to.equal(text);
      }
    }
    expect(fields).to.be.greaterThan(1000);
  });

  it('flattens nesting deeper than 12 and shows runaway delimiters as typed', () => {
    const deep = normalise(renderMarkup('>'.repeat(50) + ' deep'));
    expect(deep.match(/<blockquote>/g)?.length).to.equal(12);
    expect(textOf(deep)).to.equal('deep');
    const lists = normalise(renderMarkup('- '.repeat(40) + 'item'));
    expect(lists.match(/<ul>/g)?.length).to.equal(12);
    const stars = textOf(renderMarkup('*a'.repeat(300)));
    expect(stars).to.equal('*a'.repeat(300));
    expect(normalise(renderMarkup('*a* and **b**'))).to.equal(
      '<p><em>a</em> and <strong>b</strong></p>',
    );
  });

  it('renders every pathological family at the largest limit to allow-listed HTML', () => {
    for (const [name, make] of Object.entries(FAMILIES)) {
      const html = renderMarkup(make(LIMITS.detailedDescription), undefined, note);
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      for (const el of doc.body.querySelectorAll('*')) {
        expect(MARKUP_TAGS.has(el.tagName), `${name}: ${el.tagName}`).to.equal(true);
        for (const attr of el.attributes) expect(MARKUP_ATTRIBUTES, name).to.include(attr.name);
      }
    }
  });
});
