/**
 * Pure tables: where a glossary word is meant in another sense, it is not explained, and the first occurrence
 * in the right sense is. Each row is input → the terms found (`words=id`), most taken from real records.
 */
import { expect } from '@open-wc/testing';
import '../src/languages/es.js';
import { definitionOf, findTerms, termOf } from '../src/glossary/match.js';
import { TERMS, type GlossaryTerm } from '../src/glossary/terms.js';

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
    // Round 13 (search results): what surgery could do, a period of one study, choosing people for a care.
    [
      'resectable is not the operation',
      'untreated resectable MSI/dMMR carcinomas, after resection of the tumour',
      ['resectable', 'resection'],
      ['resectable=resectable', 'resection=resection'],
    ],
    [
      'a numbered period of one study',
      'placebo-controlled design for 12 weeks (phase 1), followed by an open-label extension for 12 weeks (phase 2)',
      ['phase'],
      [],
    ],
    [
      'a part of a study with no phase (NCT02782117)',
      'Age 4 to <8 years (phase 1) or age 4 to <13 years (phase 2). Fellow eye BCVA 20/25 or better (phase 1)',
      ['phase'],
      [],
    ],
    [
      'a trial phase outside brackets',
      'a randomised phase 3 trial of drug A',
      ['phase'],
      ['phase=phase'],
    ],
    [
      'screening people for a care',
      'assist in screening high-risk populations suitable for upfront cranial radiotherapy',
      ['screening'],
      [],
    ],
    [
      'screening to join',
      'After screening, patients will be randomized',
      ['screening'],
      ['screening=screening'],
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
    // Administered: a drug or treatment given, not an organisation, a law or a questionnaire.
    [
      'an organisation (NCT04857008)',
      'cancer survivors in the Veterans Health Administration will gather data',
      ['administered'],
      [],
    ],
    [
      'the FDA (NCT00184067)',
      'are not approved by the Food and Drug Administration (FDA)',
      ['administered'],
      [],
    ],
    [
      'a law (NCT03505918)',
      'stored according to the Danish Open Administration Act',
      ['administered'],
      [],
    ],
    [
      'questionnaires (NCT04325464)',
      'A series of the assessment and questionnaires will be administered at set points',
      ['administered'],
      [],
    ],
    [
      'a survey filled in (NCT05882279)',
      'collected through a self-administered web-based survey with questionnaires',
      ['administered'],
      [],
    ],
    [
      'outcome measures (NCT00220935)',
      'obtain appropriate demographic information and administer the outcome measures.',
      ['administered'],
      [],
    ],
    [
      'an app (NCT04857008)',
      'BNT001 delivers a 10-session digitally administered version of a published manualized therapy',
      ['administered'],
      [],
    ],
    [
      'a treatment given (NCT04042844)',
      'four subjects will initially be randomized and administered their agents.',
      ['administered'],
      ['administered=administered'],
    ],
    [
      'a vaccine given (NCT05798663)',
      'Administration of a live, attenuated vaccine within 4 weeks',
      ['administered'],
      ['Administration=administered'],
    ],
    [
      'dosage and administration (NCT05914155)',
      "in the range of 'Indications' or 'Dosage and Administration' in Japan",
      ['administered'],
      ['Administration=administered'],
    ],
    // Radiation: the treatment, not radiation met in a scan, in light, or pain that spreads.
    [
      'no radiation in an MRI (NCT05753579)',
      'more flexible and comprehensive, no radiation and no harm to the human body',
      ['radiotherapy'],
      [],
    ],
    [
      'protected from exposure (NCT06508918)',
      'The use of USG in caudal epidural injections protects from radiation exposure',
      ['radiotherapy'],
      [],
    ],
    [
      'exposures (NCT06011551)',
      '(due to risks of additional radiation exposures)',
      ['radiotherapy'],
      [],
    ],
    [
      'ultraviolet light (NCT05798663)',
      'not requiring psoralen plus ultraviolet A radiation [PUVA], methotrexate',
      ['radiotherapy'],
      [],
    ],
    [
      'pain that spreads (NCT04930523)',
      'patient with low back pain with radiation but reoccurrence',
      ['radiotherapy'],
      [],
    ],
    [
      'radiation as treatment (NCT02387086)',
      'following local therapy (surgery or radiation) for at least 2 weeks',
      ['radiotherapy'],
      ['radiation=radiotherapy'],
    ],
    [
      'radiation pneumonitis (NCT05209256)',
      'pulmonary fibrosis, or radiation pneumonitis requiring steroid treatment',
      ['radiotherapy'],
      ['radiation=radiotherapy'],
    ],
    // Pathology: the lab's work, not a disease.
    [
      'heart disease (NCT05753579)',
      '* Spinal fracture\n* Heart pathology\n* History of stroke',
      ['pathology'],
      [],
    ],
    [
      'spine disease (NCT00124774)',
      'No signs of other significant spine pathology (see exclusion criteria).',
      ['pathology'],
      [],
    ],
    [
      'infectious disease (NCT01534065)',
      'due to any traumatic, neoplastic, metabolic, or infectious pathology. 7. Subject has sustained pathologic fractures',
      ['pathology'],
      [],
    ],
    [
      'adjacent segment pathologies (NCT04469387)',
      'Adjacent segment pathologies (ASP), including radiological adjacent segment degeneration',
      ['pathology'],
      [],
    ],
    [
      'confirmed in the lab (NCT05005468)',
      'Standard surgical R0 resection and pathologically confirmed patients with stage II-IIIA',
      ['pathology'],
      ['pathologically=pathology'],
    ],
    [
      'a pathology report (NCT05798663)',
      'in a paraffin block, along with an associated pathology report',
      ['pathology'],
      ['pathology=pathology'],
    ],
    [
      'confirmed by pathology (NCT05999214)',
      'Patients with NSCLC confirmed by cytology or pathology, who were unable',
      ['pathology'],
      ['pathology=pathology'],
    ],
    [
      'clinical and pathological findings (NCT05832827)',
      'should be excluded based on their clinical and pathological findings.',
      ['pathology'],
      ['pathological=pathology'],
    ],
    [
      'pathologically (histologically or cytologically) (NCT05832827)',
      'who are pathologically (histologically or cytologically) diagnosed with',
      ['pathology'],
      ['pathologically=pathology'],
    ],
    // Unblinded: a study design, not data that show the groups.
    [
      'unblinded data (NCT04042844)',
      'an ad hoc Data Safety Monitoring Board (DSMB) review of unblinded data occur',
      ['open-label', 'blinding'],
      [],
    ],
    [
      'unblinded trials (NCT06317558)',
      'Patients included in unblinded clinical trials or anti-tumor drug intervention.',
      ['open-label'],
      ['unblinded=open-label'],
    ],
    // Measurements: defined as measurements, not by the thing measured (NCT04042844).
    [
      'platelet count (NCT04042844)',
      '7. Platelet count < 100,000',
      ['platelet', 'platelet-count'],
      ['Platelet count=platelet-count'],
    ],
    [
      'absolute neutrophil count (NCT04042844)',
      'c. Absolute neutrophil count (ANC) < 1000/mm3 d. Hemoglobin ≤ 10 g/dL',
      ['neutrophil', 'neutrophil-count'],
      ['Absolute neutrophil count=neutrophil-count', 'ANC=neutrophil-count'],
    ],
    [
      'creatinine clearance (NCT04042844)',
      'e. Creatinine clearance use calculated clearance (Cockcroft-Gault equation) of ≤ 50 mL/min',
      ['creatinine', 'creatinine-clearance'],
      ['Creatinine clearance=creatinine-clearance'],
    ],
    [
      'creatinine and CrCl (NCT02795884)',
      'Serum creatinine ≤ 1.25 × upper limit of normal, or serum creatinine clearance according to Cockcroft-Gault formula(below) ≥50 mL/min Woman CrCl = (140- age',
      ['creatinine', 'creatinine-clearance'],
      [
        'creatinine=creatinine',
        'creatinine clearance=creatinine-clearance',
        'CrCl=creatinine-clearance',
      ],
    ],
    [
      'the cells themselves (NCT03955198)',
      'Absolute neutrophils> 1.5 x 109/L, Platelets ≥ 100 x 109/L',
      ['neutrophil', 'platelet'],
      ['neutrophils=neutrophil', 'Platelets=platelet'],
    ],
    // Endocrine: hormones; endocrine therapy is a cancer treatment of its own.
    [
      'an endocrine side effect (NCT03955198)',
      'Patients with endocrine AE of ≤Grade 2 are permitted to enroll',
      ['endocrine', 'endocrine-therapy'],
      ['endocrine=endocrine'],
    ],
    [
      'endocrine therapy (NCT01562210)',
      'Anti-cancer therapy including chemotherapy, radiotherapy, endocrine therapy, immunotherapy',
      ['endocrine', 'endocrine-therapy'],
      ['endocrine therapy=endocrine-therapy'],
    ],
    // Immunosuppressants are medicines; immunosuppression is a state.
    [
      'the medicine (NCT06325566)',
      '* Participants taking systemic immunosuppressants.',
      ['immunosuppression', 'immunosuppressant'],
      ['immunosuppressants=immunosuppressant'],
    ],
    [
      'the state (NCT04416321)',
      'rheumatoid arthritis, ankylosing spondylitis or who are immunocompromised.',
      ['immunosuppression', 'immunosuppressant'],
      ['immunocompromised=immunosuppression'],
    ],
    // Recurrent: one definition true of cancer that comes back and of problems that keep coming back.
    [
      'repeated episodes (NCT06454123)',
      'Patients with recurrent binge eating (≥12 episodes in 3 months) and obesity',
      ['recurrence'],
      ['recurrent=recurrence'],
    ],
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

  it('explains no word right before "count" or "clearance" (a measurement)', () => {
    const lymphocyte: GlossaryTerm = {
      id: 'lymphocyte',
      term: 'lymphocyte',
      definition: 'A kind of white blood cell.',
      reviewed: false,
    };
    // NCT05798663: "Lymphocyte count ≥ 500/ µ L"; "lymphocytes" alone is the cell.
    const ids = (text: string) =>
      findTerms(text, [lymphocyte]).map((m) => text.slice(m.start, m.end));
    expect(ids('* Lymphocyte count ≥ 500/ µ L')).to.deep.equal([]);
    expect(ids('lymphocyte-count and lymphocyte clearance')).to.deep.equal([]);
    expect(ids('lymphocytes that fight infection')).to.deep.equal(['lymphocytes']);
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
