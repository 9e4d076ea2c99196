import { expect } from '@open-wc/testing';
import { parseNctId, studyPageUrl } from '../src/registry/ids.js';

describe('parseNctId', () => {
  const cases: [unknown, string | undefined][] = [
    ['NCT03323944', 'NCT03323944'],
    ['nct03323944', 'NCT03323944'],
    ['  NCT03323944\n', 'NCT03323944'],
    ['NCT3323944', 'NCT03323944'],
    ['nCt1', 'NCT00000001'],
    ['NCT000000000123', 'NCT00000123'],
    ['NCT99999999', 'NCT99999999'],
    ['NCT00000000', undefined],
    ['NCT123456789', undefined],
    ['NCT0323944x', undefined],
    ['NCT 03323944', undefined],
    ['03323944', undefined],
    ['https://clinicaltrials.gov/study/NCT03323944', undefined],
    ['NCT-03323944', undefined],
    ['', undefined],
    ['   ', undefined],
    [null, undefined],
    [undefined, undefined],
    [3323944, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected ?? 'not an id'}`, () => {
      expect(parseNctId(input)).to.equal(expected);
    });
  }

  it('links to the public study page', () => {
    expect(studyPageUrl('NCT03323944')).to.equal('https://clinicaltrials.gov/study/NCT03323944');
  });
});
