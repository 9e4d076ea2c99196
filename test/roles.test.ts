/**
 * Roles on real records: what each one's arms and interventions make of what is tested, what it is compared
 * with, what every group gets and what is a dummy. The records are real (test/fixtures/corpus/ and
 * test/fixtures/studies/, provenance in their SOURCES.md); the rows quote what each record's arms say.
 */
import { expect } from '@open-wc/testing';
import { armRoles, rolesOf, type Arm } from '../src/view-model/roles.js';
import { contextOf } from '../src/view-model/plain.js';

const NOW = new Date('2026-11-29T12:00:00Z');

async function record(folder: string, id: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/${folder}/${id}.json`)).json();
}

/** Each intervention's role by name (the first time a name appears). */
async function rolesByName(folder: string, id: string): Promise<Record<string, string>> {
  const c = contextOf(await record(folder, id), NOW);
  const out: Record<string, string> = {};
  for (const i of c.roles) out[i.name] ??= i.role;
  return out;
}

describe('roles on real records', () => {
  const rows: [string, string, string, Record<string, string>][] = [
    // Every arm typed EXPERIMENTAL; the zopiclone arm's description is "Comparator.", the placebo arm "Placebo.".
    [
      'an experimental-typed arm described as the comparator compares',
      'corpus',
      'NCT05819710',
      { 'TS-142': 'tested', Zopiclone: 'compared', Placebo: 'dummy' },
    ],
    // Carboplatin is in the ACTIVE_COMPARATOR arm and both EXPERIMENTAL arms; pembrolizumab only in those.
    [
      'what every group gets is not what is tested',
      'studies',
      'NCT04267848',
      { Pembrolizumab: 'tested', Carboplatin: 'everyone' },
    ],
    // An OTHER arm "Surgery without dHACM" beside the EXPERIMENTAL dHACM arm.
    [
      'beside an experimental arm, an OTHER arm compares',
      'corpus',
      'NCT02300909',
      {
        'Dehydrated Human Amnion/Chorion Membrane (dHACM)': 'tested',
        'Lumbar Decompression Surgery': 'everyone',
      },
    ],
    // One EXPERIMENTAL arm; blood samples, a pregnancy test and tumour assessments registered as interventions.
    [
      'study procedures that measure are not what is tested',
      'corpus',
      'NCT06620835',
      {
        'Local Ablative Therapy (LAT)': 'tested',
        'Blood samples for Hematology': 'measures',
        'Pregnancy test': 'measures',
        'Tumour assessment': 'measures',
      },
    ],
    // One arm, typed OTHER, labelled "Single arm subject is own control": nothing to compare with.
    [
      'a single arm labelled as its own control is tested',
      'corpus',
      'NCT04615260',
      { NanoBone: 'tested' },
    ],
    // One arm; an intervention named "Standard of care" beside the app every participant uses.
    [
      'usual care named in a one-group study is what everyone gets',
      'corpus',
      'NCT05634291',
      { 'Standard of care': 'everyone' },
    ],
    // Both arms EXPERIMENTAL; the official title says "Comparison With a PEEK Cage … (Cervios ChronOs™)" and
    // the design description "Active comparator: a PEEK cage …", which the Cervios arm's description names.
    [
      'a comparator named in the title and design compares',
      'corpus',
      'NCT02425514',
      { 'NovoMax™': 'tested', 'Cervios ChronOs': 'compared' },
    ],
    // The only intervention is "CT radioraphic assessment" (the device is named only in the arm's label).
    [
      'a measurement is never what is tested, even alone',
      'corpus',
      'NCT05144126',
      { 'CT radioraphic assessment': 'measures' },
    ],
    // A PLACEBO_COMPARATOR arm of saline "used as a control".
    [
      'a saline control arm compares',
      'corpus',
      'NCT04042844',
      { 'BRTX-100': 'tested', Saline: 'compared' },
    ],
  ];
  for (const [name, folder, id, expected] of rows) {
    it(`${name} (${id})`, async () => {
      const roles = await rolesByName(folder, id);
      for (const [intervention, role] of Object.entries(expected))
        expect(roles[intervention], intervention).to.equal(role);
    });
  }
});

describe('arms that say they are the comparator', () => {
  const arm = (label: string, description: string): Arm => ({
    label,
    description,
    type: 'EXPERIMENTAL',
    interventionNames: [],
  });
  const rows: [string, Arm, boolean][] = [
    ['"Comparator." as the whole description', arm('7.5 mg of Zopiclone', 'Comparator.'), true],
    ['a label that begins "Control"', arm('Control: standard dressing', ''), true],
    [
      '"serves as the active comparator"',
      arm('Drug B', 'Drug B serves as the active comparator.'),
      true,
    ],
    [
      '"used as a positive control"',
      arm('Caffeine', 'Caffeine is used as a positive control.'),
      true,
    ],
    [
      '"compared with placebo" is not a control',
      arm('Drug A', 'Drug A compared with placebo.'),
      false,
    ],
    ['"placebo-controlled" is not a control', arm('Drug A', 'A placebo-controlled dose.'), false],
    ['"uncontrolled" is not a control', arm('Drug A', 'Uncontrolled asthma, drug A.'), false],
    ['a label that only mentions control', arm('Glucose control with drug A', ''), false],
  ];
  for (const [name, given, compares] of rows) {
    it(name, () => {
      expect(armRoles([given])[0]?.type).to.equal(compares ? 'ACTIVE_COMPARATOR' : 'EXPERIMENTAL');
    });
  }

  it('leaves what is tested tested when every arm is an experimental one', () => {
    const arms: Arm[] = [
      { label: 'A', type: 'EXPERIMENTAL', interventionNames: ['Drug: A'] },
      { label: 'B', type: 'EXPERIMENTAL', interventionNames: ['Drug: B'] },
    ];
    const roles = rolesOf(
      [
        { name: 'A', armGroupLabels: ['A'] },
        { name: 'B', armGroupLabels: ['B'] },
      ],
      arms,
      'TREATMENT',
    );
    expect(roles).to.deep.equal(['tested', 'tested']);
  });
});

describe('placebo and sham arms on real records', () => {
  const rows: [string, string, string, string[]][] = [
    // SHAM_COMPARATOR arm "chemotherapy" giving carboplatin and pemetrexed: active, not a sham.
    ['an active arm typed as a sham comparator gives no sham', 'corpus', 'NCT05209256', []],
    // SHAM_COMPARATOR "Control Arm": the delivery needle only to the skin; the sham is not an intervention.
    [
      'a sham that is not registered as an intervention stays a sham',
      'corpus',
      'NCT06011551',
      ['SHAM_COMPARATOR'],
    ],
    // PLACEBO_COMPARATOR arm labelled "Lactose (150mg), NaC1 0.9% (50ml)".
    [
      'an arm whose label names an inert substance stays a placebo',
      'corpus',
      'NCT01811251',
      ['PLACEBO_COMPARATOR'],
    ],
    // PLACEBO_COMPARATOR "Saline", "used as a control".
    ['a saline placebo arm stays a placebo', 'corpus', 'NCT04042844', ['PLACEBO_COMPARATOR']],
  ];
  for (const [name, folder, id, expected] of rows) {
    it(`${name} (${id})`, async () => {
      const c = contextOf(await record(folder, id), NOW);
      expect(c.dummyArms).to.deep.equal(expected);
    });
  }
});

describe('enrollment on real records', () => {
  // enrollmentInfo is { count: 150 } with no type; the description says 150 were "being sought".
  it('a count the record does not mark ACTUAL is not told as how many took part (NCT00220935)', async () => {
    const c = contextOf(await record('corpus', 'NCT00220935'), NOW);
    expect(c.enrollment).to.equal(150);
    expect(c.enrollmentEstimated).to.equal(true);
  });
});

describe('tense of unknown-status studies on real records', () => {
  const rows: [string, string, string][] = [
    // Last known "not yet recruiting", start date 2015-05 with no type: it never started.
    ['last known not yet recruiting: what it was meant to do', 'NCT02387086', 'meant'],
    // Last known "recruiting", start date 2013-11 with no type: it ran.
    ['last known recruiting: told in the past', 'NCT01998425', 'past'],
    // Last known "not yet recruiting", start 2022-03-01 estimated.
    ['an estimated start: what it was meant to do', 'NCT05209256', 'meant'],
  ];
  for (const [name, id, tense] of rows) {
    it(`${name} (${id})`, async () => {
      expect(contextOf(await record('corpus', id), NOW).tense).to.equal(tense);
    });
  }
});

describe('records without arms (search projections list only intervention names)', () => {
  // Values quoted from real records in shared/fixtures/ctgov/pages/ (phelan-page2.json, nsclc-egfr-last-page.json).
  const names = (...list: string[]) => list.map((name) => ({ name, armGroupLabels: [] }));
  it('saline in a study the summary calls placebo-controlled is a dummy (NCT05187377)', () => {
    const roles = rolesOf(names('Growth Hormone', 'Saline'), [], 'TREATMENT', {
      cues: [
        'A Controlled Trial of Growth Hormone in Phelan-McDermid Syndrome and Idiopathic Autism',
      ],
      overview: 'A double-blind, placebo-controlled crossover trial design will',
    });
    expect(roles).to.deep.equal(['tested', 'dummy']);
  });
  // Plain saline beside a treatment, in a record that never speaks of a placebo: what it is compared with
  // (rounds 12 and 13 read "tested … and Saline" as naming the control as tested).
  const saline: [string, string[], string[]][] = [
    [
      'NCT05105685',
      ['recombinant human growth hormone', 'Saline'],
      ['Effectiveness of Recombinant Human Growth Hormone Therapy for Children With PMS'],
    ],
    [
      'NCT01525901',
      ['Insulin-Like Growth Factor-1 (IGF-1)', 'Normal saline'],
      ['Clinical Trial in 22q13 Deletion Syndrome(Phelan-McDermid Syndrome)'],
    ],
  ];
  for (const [id, list, cues] of saline) {
    it(`plain saline beside a treatment compares (${id})`, () => {
      const roles = rolesOf(names(...list), [], undefined, { cues, overview: cues.join(' ') });
      expect(roles).to.deep.equal(['tested', 'compared']);
    });
  }
  // Made up, to hold the edges of the rule.
  const edges: [string, string[], string[]][] = [
    [
      'hypertonic saline is a treatment of its own',
      ['Hypertonic saline', 'Salbutamol'],
      ['tested', 'tested'],
    ],
    ['a strength other than 0.9 % is a treatment', ['3% saline', 'Mannitol'], ['tested', 'tested']],
    ['0.9 % saline compares', ['Drug A', '0.9% saline'], ['tested', 'compared']],
    ['saline alone is what is tested', ['Saline nasal irrigation'], ['tested']],
  ];
  for (const [name, list, expected] of edges) {
    it(name, () => {
      expect(rolesOf(names(...list), [], undefined)).to.deep.equal(expected);
    });
  }
  it('a treatment the title names as the comparator compares (NCT06382129)', () => {
    const roles = rolesOf(names('BL-B01D1', 'Docetaxel'), [], undefined, {
      cues: [
        'A Phase III Study Comparing BL-B01D1 With Docetaxel in Patients With EGFR-mutant NSCLC',
      ],
      overview: '',
    });
    expect(roles).to.deep.equal(['tested', 'compared']);
  });
});
