import { expect } from '@open-wc/testing';
import { DEFAULT_API_BASE, httpUrl, resolveApiBase } from '../src/registry/api-base.js';

const PAGE = 'https://hospital.example/trials/page.html?x=1';

describe('resolveApiBase', () => {
  const cases: [
    string | null | undefined,
    { ok: true; base: string } | { ok: false; value: string },
  ][] = [
    [undefined, { ok: true, base: DEFAULT_API_BASE }],
    [null, { ok: true, base: DEFAULT_API_BASE }],
    ['', { ok: true, base: DEFAULT_API_BASE }],
    ['   ', { ok: true, base: DEFAULT_API_BASE }],
    ['https://clinicaltrials.gov/api/v2', { ok: true, base: 'https://clinicaltrials.gov/api/v2' }],
    ['https://clinicaltrials.gov/api/v2/', { ok: true, base: 'https://clinicaltrials.gov/api/v2' }],
    [
      'https://clinicaltrials.gov/api/v2///',
      { ok: true, base: 'https://clinicaltrials.gov/api/v2' },
    ],
    ['/ctgov/api/v2', { ok: true, base: 'https://hospital.example/ctgov/api/v2' }],
    ['/ctgov/api/v2/', { ok: true, base: 'https://hospital.example/ctgov/api/v2' }],
    ['proxy/api/v2', { ok: true, base: 'https://hospital.example/trials/proxy/api/v2' }],
    ['http://127.0.0.1:8787/api/v2', { ok: true, base: 'http://127.0.0.1:8787/api/v2' }],
    ['https://mirror.example/api/v2?key=1#x', { ok: true, base: 'https://mirror.example/api/v2' }],
    ['javascript:alert(1)', { ok: false, value: 'javascript:alert(1)' }],
    ['ftp://clinicaltrials.gov/api/v2', { ok: false, value: 'ftp://clinicaltrials.gov/api/v2' }],
    ['data:text/plain,hi', { ok: false, value: 'data:text/plain,hi' }],
    [
      'https://user:pass@mirror.example/api',
      { ok: false, value: 'https://user:pass@mirror.example/api' },
    ],
    ['http://[bad', { ok: false, value: 'http://[bad' }],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)}`, () => {
      expect(resolveApiBase(input, PAGE)).to.deep.equal(expected);
    });
  }
});

describe('httpUrl', () => {
  const cases: [string, string | undefined][] = [
    ['', undefined],
    ['/signup', 'https://hospital.example/signup'],
    ['https://forms.example/s?a=1', 'https://forms.example/s?a=1'],
    ['javascript:alert(1)', undefined],
    ['mailto:a@b.example', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(httpUrl(input, PAGE)).to.equal(expected);
    });
  }
});
