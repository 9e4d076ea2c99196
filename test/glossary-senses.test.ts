/**
 * Pure tables: where a glossary word is meant in another sense, it is not explained, and the first occurrence
 * in the right sense is. Each row is input → the terms found (`words=id`), most taken from real records.
 */
import { expect } from '@open-wc/testing';
import '../src/languages/es.js';
import { definitionOf, findTerms, termOf } from '../src/glossary/match.js';
import { TERMS } from '../src/glossary/terms.js';

/** The matches of `ids` in `text`, as `words=id`, in order. */
function found(text: string, ids: string[], firstOnly = false): string[] {
  return findTerms(text, undefined, { firstOnly })
    .filter((m) => ids.includes(m.id))
    .map((m) => `${text.slice(m.start, m.end)}=${m.id}`);
}

describe('glossary senses', () => {
  // [what, text, the terms looked at, expected matches of those terms]
  const cases: [string, string, string[], string[]][] = [
    // Disease words inside gene and protein names.
    [
      'a gene named after a cancer',
      'anaplastic lymphoma kinase (ALK)-positive',
      ['lymphoma', 'alk'],
      ['ALK=alk'],
    ],
    [
      'the cancer itself',
      'relapsed follicular lymphoma or CNS lymphoma',
      ['lymphoma'],
      ['lymphoma=lymphoma'],
    ],
    ['a protein named after a cancer', 'B-cell lymphoma 2 (BCL-2) inhibitors', ['lymphoma'], []],
    // Negations.
    [
      'non-target lesions',
      'progressive non-target lesions',
      ['target-lesion', 'non-target-lesion'],
      ['non-target lesions=non-target-lesion'],
    ],
    [
      'target lesions',
      'at least one measurable target lesion',
      ['target-lesion'],
      ['target lesion=target-lesion'],
    ],
    ['non-squamous', 'non-squamous NSCLC', ['squamous', 'nsclc'], ['NSCLC=nsclc']],
    ['squamous', 'squamous cell carcinoma', ['squamous'], ['squamous=squamous']],
    ['non-randomized', 'An open-label non-randomized study', ['randomized'], []],
    ['un-blinded', 'a pilot, single arm, un-blinded study', ['blinding'], []],
    ['non-malignant', 'non-malignant causes of pneumonitis', ['malignancy'], []],
    [
      'pre-malignant',
      'other malignant disease including pre-malignant moles',
      ['malignancy'],
      ['malignant=malignancy'],
    ],
    // Stage: a disease's, not a part of a study or of life.
    ['dose stages', 'with dose-escalation stage and dose-expansion stage.', ['stage'], []],
    [
      'the first correct stage is explained',
      'A dose discovery stage, then patients with stage IIIB NSCLC',
      ['stage'],
      ['stage=stage'],
    ],
    ['two-stage design', "Simon's two stage pilot study", ['stage'], []],
    [
      'study stages with numbers',
      'In Stage 1, an initial cohort of therapists will be trained.',
      ['stage'],
      [],
    ],
    ['stages of change', 'coping skills, stages of change, recovery', ['stage'], []],
    ['set the stage', 'will set the stage for future studies', ['stage'], []],
    ['roman stage', 'Stage IB-IIIA non-squamous NSCLC', ['stage'], ['Stage=stage']],
    [
      'numbered stage of a disease',
      'stage 4 or 5 chronic kidney disease',
      ['stage'],
      ['stage=stage'],
    ],
    ['early-stage', 'early-stage NSCLC', ['stage'], ['stage=stage']],
    ['end-stage', 'end-stage renal disease', ['stage'], ['stage=stage']],
    ['letter stage', 'BCLC stage B or stage C', ['stage'], ['stage=stage', 'stage=stage']],
    ['staging', 'AJCC TNM staging criteria', ['staging', 'stage'], ['staging=staging']],
    // Phase: a trial's, which has a number.
    [
      'screening phase',
      'including the screening phase of up to 28 days',
      ['phase', 'screening'],
      ['screening=screening'],
    ],
    [
      'the first correct phase is explained',
      'a follow-up phase. This phase 2 study',
      ['phase'],
      ['phase=phase'],
    ],
    [
      'phase with roman numerals',
      'a Phase IIIb, open-label study; phase Ⅱ',
      ['phase'],
      ['Phase=phase', 'phase=phase'],
    ],
    ['phase Ib/II', 'multicenter phase Ib/II study', ['phase'], ['phase=phase']],
    ['acute phase', 'adverse events in the acute phase', ['phase'], []],
    ['dose escalation phase', 'Phase Ia is dose escalation phase', ['phase'], ['Phase=phase']],
    // Cycle: a treatment's.
    ['treatment cycle', 'on day 1 of each 28-day cycle', ['cycle'], ['cycle=cycle']],
    ['vicious cycle', 'a vicious cycle of pain', ['cycle'], []],
    ['menstrual cycle', 'the menstrual cycle', ['cycle'], []],
    ['the verb', 'people typically cycle through treatment', ['cycle'], []],
    // Hemoglobin and the sugar test.
    [
      'hemoglobin A1c',
      'lower Hemoglobin A1c, or HbA1c',
      ['hemoglobin', 'hba1c'],
      ['Hemoglobin A1c=hba1c', 'HbA1c=hba1c'],
    ],
    [
      'glycosylated hemoglobin',
      'based on the glycosylated Haemoglobin level',
      ['hemoglobin', 'hba1c'],
      ['glycosylated Haemoglobin=hba1c'],
    ],
    ['hemoglobin (Hb) A1c', 'hemoglobin (Hb) A1c below 7%', ['hemoglobin'], []],
    ['hemoglobin', 'Hemoglobin ≥ 9 g/dL', ['hemoglobin'], ['Hemoglobin=hemoglobin']],
    // Topical, oral.
    [
      'topical meaning local',
      'Treatable with topical treatments (radiotherapy or surgery)',
      ['topical'],
      [],
    ],
    ['topical steroids', 'low potency topical steroids', ['topical'], ['topical=topical']],
    ['oral consent', 'Surgeons give oral consent.', ['oral'], []],
    ['written and oral', 'given written and oral information', ['oral'], []],
    ['oral drug', 'taken orally once daily', ['oral'], ['orally=oral']],
    // Concurrent disease is another illness.
    [
      'concomitant disease',
      'severe uncontrolled concomitant disease',
      ['comorbidity', 'concomitant'],
      ['concomitant disease=comorbidity'],
    ],
    [
      'concurrent drugs',
      'concurrent chemoradiotherapy',
      ['concomitant'],
      ['concurrent=concomitant'],
    ],
    // Names, codes and other meanings.
    ['a society', 'the Spine Intervention Society guidelines', ['intervention'], []],
    ['a product code', 'CT-155 is a digital therapy; see CT-155-C-001', ['ct'], []],
    ['chemo-radiotherapy', 'CT-RT or RT is permitted', ['ct'], []],
    ['a CT scan', 'by CT scan or MRI; CT-guided biopsy', ['ct'], ['CT scan=ct', 'CT=ct']],
    ['a lab test', 'fluorescence in situ hybridization (FISH)', ['in-situ'], []],
    ['carcinoma in situ', 'carcinoma in situ of the cervix', ['in-situ'], ['in situ=in-situ']],
    ['portal hypertension', 'history of portal hypertension', ['hypertension'], []],
    ['hypertension', 'uncontrolled hypertension', ['hypertension'], ['hypertension=hypertension']],
    ['a disease name', 'systemic lupus erythematosus', ['systemic'], []],
    ['systemic therapy', 'prior systemic therapy', ['systemic'], ['systemic=systemic']],
    ['biologic meaning biological', 'similar chemical or biologic composition', ['biologic'], []],
    ['HIPAA compliant', 'a HIPAA compliant platform', ['adherence'], []],
    ['anti-inflammatory', 'anti-inflammatory drugs', ['inflammation'], []],
    ['Karnofsky', 'Karnofsky performance status ≥ 70', ['ecog'], []],
    ['kidney test in capitals', 'EGFR ≥ 60 mL/min', ['egfr'], []],
    ['EGFR gene', 'EGFR exon 19 deletion', ['egfr'], ['EGFR=egfr']],
    ['drug abuse screening test', 'Drug Abuse Screening Test-10', ['screening'], []],
    ['NRS 2002', 'Nutritional Risk Screening (NRS 2002)', ['numeric-rating-scale'], []],
  ];
  for (const [what, text, ids, expected] of cases) {
    it(`${what}: ${JSON.stringify(text)}`, () => expect(found(text, ids)).to.deep.equal(expected));
  }

  it('explains the first occurrence in the right sense, not the first occurrence', () => {
    const text =
      'The screening phase lasts 28 days. This phase 2 study enrolls people with stage IIIB disease.';
    expect(found(text, ['phase', 'stage'], true)).to.deep.equal(['phase=phase', 'stage=stage']);
    expect(
      findTerms(text, undefined, { firstOnly: true }).find((m) => m.id === 'phase')?.start,
    ).to.equal(text.indexOf('phase 2'));
  });

  it('finds every match with allSenses, for reports', () => {
    const text = 'anaplastic lymphoma kinase';
    expect(findTerms(text).map((m) => m.id)).to.deep.equal([]);
    expect(findTerms(text, undefined, { allSenses: true }).map((m) => m.id)).to.deep.equal([
      'lymphoma',
    ]);
  });

  it('writes sense patterns without stateful flags', () => {
    for (const t of TERMS) {
      for (const pattern of [t.notAfter, t.notBefore, t.onlyAfter, t.onlyBefore]) {
        if (pattern) expect(pattern.global || pattern.sticky, t.id).to.equal(false);
      }
    }
  });
});

describe('glossary look-ups by record words', () => {
  // Words from a record must never reach an inherited member of an object.
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
  for (const name of names) {
    it(`"${name}" is neither a term nor a definition`, () => {
      expect(findTerms(`${name} ${name.toUpperCase()} the ${name}s`)).to.deep.equal([]);
      expect(termOf(name)).to.equal(undefined);
      expect(definitionOf(name, 'en')).to.equal(undefined);
      expect(definitionOf(name, 'es')).to.equal(undefined);
    });
  }
});
