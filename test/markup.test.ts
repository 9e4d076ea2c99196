import { expect } from '@open-wc/testing';
import '../node_modules/commonmark/dist/commonmark.js';
import { commonMarkToHtml, renderMarkup, sanitize } from '../src/markup.js';
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
