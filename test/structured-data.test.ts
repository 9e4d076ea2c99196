/** schema.org MedicalTrial JSON-LD: built from record values only, and kept in step by the element. */
import { expect, waitUntil } from '@open-wc/testing';
import type { NctId } from '../src/registry/ids.js';
import { jsonLd, medicalTrialOf } from '../src/view-model/structured-data.js';
import { fixtureIds, loadFixture, renderCard } from './helpers.js';

describe('structured data', () => {
  it('maps each recorded study to a MedicalTrial with values from its record', async () => {
    for (const id of await fixtureIds()) {
      const study = await loadFixture(id);
      const trial = medicalTrialOf(study, id as NctId)!;
      const p = study.protocolSection!;
      expect(trial['@type'], id).to.equal('MedicalTrial');
      expect(trial['identifier'], id).to.equal(id);
      expect(trial['name'], id).to.equal(p.identificationModule!.briefTitle);
      expect(trial['url'], id).to.equal(`https://clinicaltrials.gov/study/${id}`);
      const conditions = (trial['healthCondition'] ?? []) as { name: string }[];
      expect(
        conditions.map((c) => c.name),
        id,
      ).to.deep.equal(p.conditionsModule?.conditions ?? []);
      if (trial['status'] !== undefined)
        expect(trial['status'], id).to.match(/^https:\/\/schema.org\/[A-Z]/);
    }
  });

  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'randomised, double-blind, many sites',
      {
        designModule: {
          phases: ['PHASE2', 'PHASE3'],
          designInfo: { allocation: 'RANDOMIZED', maskingInfo: { masking: 'DOUBLE' } },
        },
        contactsLocationsModule: { locations: [{}, {}] },
        statusModule: { overallStatus: 'RECRUITING' },
      },
      {
        phase: 'Phase 2, Phase 3',
        status: 'https://schema.org/Recruiting',
        trialDesign: [
          'https://schema.org/RandomizedTrial',
          'https://schema.org/DoubleBlindedTrial',
          'https://schema.org/MultiCenterTrial',
        ],
      },
    ],
    [
      'open label, one site, a status schema.org does not name',
      {
        designModule: { designInfo: { maskingInfo: { masking: 'NONE' } } },
        contactsLocationsModule: { locations: [{}] },
        statusModule: { overallStatus: 'UNKNOWN' },
      },
      {
        trialDesign: ['https://schema.org/OpenTrial', 'https://schema.org/SingleCenterTrial'],
      },
    ],
  ];
  for (const [name, modules, expected] of cases) {
    it(name, () => {
      const trial = medicalTrialOf(
        { protocolSection: { identificationModule: { briefTitle: 'T' }, ...modules } },
        'NCT00000001' as NctId,
      )!;
      const rest = Object.fromEntries(
        Object.entries(trial).filter(
          ([key]) => !['@context', '@type', 'name', 'identifier', 'url'].includes(key),
        ),
      );
      expect(rest).to.deep.equal(expected);
    });
  }

  it('cannot be broken out of by record text', () => {
    const text = jsonLd({ name: '</script><script>alert(1)</script><!--' });
    expect(text).to.not.include('<');
    expect(JSON.parse(text)).to.deep.equal({ name: '</script><script>alert(1)</script><!--' });
  });

  it('is added to the light DOM only when asked for, and follows the study shown', async () => {
    const { el } = await renderCard({ nct: 'NCT02210780' });
    const script = () => el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');
    expect(script()).to.equal(null);
    el.structuredData = true;
    await el.updateComplete;
    expect(JSON.parse(script()!.textContent!).identifier).to.equal('NCT02210780');
    el.nct = 'NCT04267848';
    await waitUntil(() => JSON.parse(script()!.textContent!).identifier === 'NCT04267848');
    el.removeAttribute('structured-data');
    el.structuredData = false;
    await el.updateComplete;
    expect(script()).to.equal(null);
  });
});
