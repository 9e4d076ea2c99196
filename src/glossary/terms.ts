/**
 * The glossary: words from ClinicalTrials.gov records that patients stumble on, with a plain definition
 * (grade 8 or below, written for this project). Chosen by how often they occur in the recorded studies'
 * summaries, descriptions and eligibility criteria (`node test/tools/report-glossary.mjs` prints the figures).
 *
 * NOT REVIEWED: no clinician has checked these definitions yet. `EN_REVIEWED` and every entry's `reviewed`
 * say so, and the card must say so wherever it shows them.
 *
 * Matching rules (see match.ts): `term` and `forms` are matched as whole words, in any case, plus regular
 * plurals; a form with no two lower-case letters in a row (ECOG, PD-L1) is an abbreviation and matches only
 * with its exact case. Irregular plurals and other spellings go in `forms`.
 *
 * Senses: a word is explained only where it is meant in the sense defined. Where records also use it in
 * another sense (inside a gene's or a society's name, "dose escalation stage", "screening phase", "hemoglobin
 * A1c"), the term says so with context patterns, each seen on real records (the ids are in the comments).
 * A wrong explanation is worse than none: when in doubt, a rule leaves the word unexplained.
 */

export interface GlossaryTerm {
  /** Stable id (kebab-case); the key of the Spanish table. */
  readonly id: string;
  /** The usual English name, as the card may show it. */
  readonly term: string;
  /** Other spellings, synonyms, irregular plurals and abbreviations that mean the same. */
  readonly forms?: readonly string[];
  /** Plain English, 1–2 short sentences, never about a particular study. */
  readonly definition: string;
  /** Whether a clinician has reviewed the definition. */
  readonly reviewed: boolean;
  /**
   * Not explained where this matches the text just before the words (at most 60 characters, ending where the
   * words start: write it ending in `$`). No `g` or `y` flag.
   */
  readonly notAfter?: RegExp;
  /** Not explained where this matches the text just after the words (starting there: write it with `^`). */
  readonly notBefore?: RegExp;
  /**
   * Where the sense applies, when it applies only in some contexts: with either of these, the words are
   * explained only where `onlyAfter` matches the text before them or `onlyBefore` the text after them.
   */
  readonly onlyAfter?: RegExp;
  readonly onlyBefore?: RegExp;
}

/** No clinician has reviewed the English definitions. */
export const EN_REVIEWED = false;

export const TERMS: readonly GlossaryTerm[] = [
  // Study design, joining and taking part
  {
    id: 'randomized',
    term: 'randomized',
    forms: [
      'randomised',
      'randomize',
      'randomise',
      'randomization',
      'randomisation',
      'randomizing',
      'randomly assigned',
      'random assignment',
      'randomly allocated',
    ],
    definition:
      'Put into a study group by chance, like a coin toss, so the groups can be fairly compared.',
    reviewed: false,
  },
  {
    id: 'placebo',
    term: 'placebo',
    definition:
      'A look-alike treatment with no active medicine, such as a sugar pill. It helps show if the real one works.',
    reviewed: false,
  },
  {
    id: 'double-blind',
    term: 'double-blind',
    forms: ['double blind', 'double-blinded', 'double-masked', 'double masked'],
    definition: 'Neither the people in the study nor the study team know who gets which treatment.',
    reviewed: false,
  },
  {
    id: 'blinding',
    term: 'blinding',
    forms: ['blinded', 'masking', 'masked', 'single-blind', 'single blind', 'triple-blind'],
    definition:
      'Keeping people from knowing who gets which treatment, so it does not sway the results.',
    reviewed: false,
  },
  {
    id: 'open-label',
    term: 'open-label',
    forms: ['open label', 'unblinded'],
    definition: 'Everyone, including you and the study team, knows which treatment you get.',
    reviewed: false,
    // Not data or results that show the groups, seen by a safety board or a statistician: "a Data Safety
    // Monitoring Board (DSMB) review of unblinded data" (NCT04042844).
    notBefore:
      /^\s+(?:safety\s+)?(?:data|results?|analys[ie]s|information|reviews?|statisticians?)\b/i,
  },
  {
    id: 'single-arm',
    term: 'single-arm',
    forms: ['single arm', 'single-group'],
    definition:
      'Everyone in the study gets the same treatment. There is no other group to compare with.',
    reviewed: false,
  },
  {
    id: 'study-arm',
    term: 'study arm',
    forms: ['trial arm', 'treatment arm', 'experimental arm', 'study arms'],
    definition: 'One group in a study. Each group gets a different treatment, dose, or plan.',
    reviewed: false,
  },
  {
    id: 'control-group',
    term: 'control group',
    forms: ['control arm', 'control condition'],
    definition:
      'The group that gets usual care, a placebo, or no treatment, to compare with the new treatment.',
    reviewed: false,
  },
  {
    id: 'cohort',
    term: 'cohort',
    definition:
      'A group of people in a study who share something, such as a disease or a start date.',
    reviewed: false,
  },
  {
    id: 'baseline',
    term: 'baseline',
    definition:
      'Your health and test results at the start of a study. Later results are compared with them.',
    reviewed: false,
  },
  {
    id: 'phase',
    term: 'phase',
    definition:
      'A step in testing a treatment. Phase 1 checks safety in a few people; later phases test more people.',
    reviewed: false,
    // Only a trial's phase, which has a number: "phase 2", "Phase IIIb", "phase Ib/II". Not a part of a study
    // ("the screening phase", NCT05915026; "dose escalation phase", NCT06050980; "follow up phase",
    // NCT06062823), nor of an illness or a cycle ("the acute phase", NCT05894525; "follicular phase").
    onlyBefore: /^\s*(?:(?:[0-4]|I{1,3}|IV|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[abAB]?\b|[ⅠⅡⅢⅣ])/,
    // Nor a numbered part of one study, which records put in brackets: "for 12 weeks (phase 1)" (NCT02710084),
    // "Age 4 to <8 years (phase 1) or age 4 to <13 years (phase 2)" (NCT02782117, a study with no phase). A trial
    // phase in brackets goes unexplained too; the card explains the study's own phase anyway.
    notAfter: /\(\s*$/,
  },
  {
    id: 'efficacy',
    term: 'efficacy',
    forms: ['efficacious'],
    definition: 'How well a treatment works in a study.',
    reviewed: false,
  },
  {
    id: 'endpoint',
    term: 'endpoint',
    forms: ['end point', 'end-point', 'outcome measure'],
    definition:
      'What a study measures to judge if a treatment works, such as pain level or length of life.',
    reviewed: false,
  },
  {
    id: 'primary-outcome',
    term: 'primary outcome',
    forms: [
      'primary endpoint',
      'primary end point',
      'primary end-point',
      'primary outcome measure',
      'co-primary',
    ],
    definition: 'The main result a study measures to answer its most important question.',
    reviewed: false,
  },
  {
    id: 'secondary-outcome',
    term: 'secondary outcome',
    forms: ['secondary endpoint', 'secondary end point', 'secondary outcome measure'],
    definition: 'Other results a study measures besides the main one.',
    reviewed: false,
  },
  {
    id: 'inclusion-criteria',
    term: 'inclusion criteria',
    forms: ['inclusion criterion'],
    definition: 'What must be true about you to join a study, such as your age or health problem.',
    reviewed: false,
  },
  {
    id: 'exclusion-criteria',
    term: 'exclusion criteria',
    forms: ['exclusion criterion'],
    definition: 'Things that keep you from joining a study, such as some illnesses or medicines.',
    reviewed: false,
  },
  {
    id: 'eligibility',
    term: 'eligibility',
    forms: ['eligible', 'ineligible', 'eligibility criteria'],
    definition:
      'Whether you can join a study, based on its rules about age, health, and other things.',
    reviewed: false,
  },
  {
    id: 'informed-consent',
    term: 'informed consent',
    forms: ['consent form', 'written consent', 'consent'],
    definition:
      'Agreeing to join a study after you learn its purpose, risks, and benefits. You can still leave at any time.',
    reviewed: false,
  },
  {
    id: 'assent',
    term: 'assent',
    definition: 'A child’s own agreement to join a study. A parent or guardian also gives consent.',
    reviewed: false,
  },
  {
    id: 'screening',
    term: 'screening',
    forms: ['screened', 'screening period', 'screening visit'],
    definition: 'Tests and questions before a study starts, to check if you can join.',
    reviewed: false,
    // Not testing people for a disease or a habit: "lung cancer screening", "Drug Abuse Screening Test-10".
    notAfter:
      /\b(?:cancer|abuse|lung|breast|colorectal|cervical|population|depression|newborn|genetic|nutritional risk|vision|hearing|developmental)\s+$/i,
    // Nor choosing, among many people, those a care fits: "screening high-risk populations suitable for upfront
    // cranial radiotherapy" (NCT06604689).
    notBefore: /^\s+(?:(?:high|low|at)[- ]risk\b|populations?\b)/i,
  },
  {
    id: 'enrollment',
    term: 'enrollment',
    forms: ['enrolment', 'enroll', 'enrol', 'enrolled', 'enrolling'],
    definition: 'Signing up and joining a study. It can also mean how many people joined.',
    reviewed: false,
  },
  {
    id: 'follow-up',
    term: 'follow-up',
    forms: ['follow up', 'followup'],
    definition:
      'Checking on people’s health for a time after treatment, through visits, calls, or tests.',
    reviewed: false,
  },
  {
    id: 'protocol',
    term: 'protocol',
    definition:
      'The written plan for a study. It says who can join, what happens, and what is measured.',
    reviewed: false,
  },
  {
    id: 'investigator',
    term: 'investigator',
    forms: ['principal investigator'],
    definition:
      'A doctor or scientist who runs a study. The lead one is the principal investigator.',
    reviewed: false,
  },
  {
    id: 'investigational',
    term: 'investigational',
    forms: ['investigational product', 'investigational drug', 'investigational medicinal product'],
    definition: 'Still being tested in studies and not yet approved for this use.',
    reviewed: false,
  },
  {
    id: 'intervention',
    term: 'intervention',
    definition:
      'A treatment or other action, such as a drug, surgery, or program. In a study, it is what is tested.',
    reviewed: false,
    // Not in a society's name: "Spine Intervention Society" (NCT04056520-like records).
    notBefore: /^\s+Society\b/i,
  },
  {
    id: 'experimental',
    term: 'experimental',
    definition: 'New and still being tested. An experimental group gets the treatment under study.',
    reviewed: false,
  },
  {
    id: 'study-subject',
    term: 'study subject',
    forms: ['subjects', 'research subject'],
    definition: 'A person who takes part in a study; a participant.',
    reviewed: false,
  },
  {
    id: 'administered',
    term: 'administered',
    forms: ['administer', 'administration', 'administering'],
    definition: 'Given to a person, such as a drug by mouth, by shot, or by drip.',
    reviewed: false,
    // Not an organisation or a law: "Veterans Health Administration" (NCT04857008), "the Danish Open
    // Administration Act" (NCT03505918). Not a questionnaire, assessment or app given or filled in: "assessment and
    // questionnaires will be administered" (NCT04325464), "a self-administered web-based survey"
    // (NCT05882279), "outcome measures" (NCT00220935), "a 10-session digitally administered version of a
    // … therapy" (NCT04857008).
    notAfter:
      /(?:\b(?:Health|Food\s+and\s+Drug|Goods|Medical\s+Products|Veterans|Open|Services|Security|Enforcement|Aviation|Business)\s+|\b(?:self|digitally|remotely|virtually|online)[-\s]+|\b(?:questionnaires?|surveys?|assessments?|measures?|scales?|interviews?)\b[^.;:]{0,30})$/i,
    notBefore:
      /^(?:\s+Act\b|[^.;:]{0,30}\b(?:questionnaires?|surveys?|assessments?|measures?|scales?|interviews?|curriculum)\b)/i,
  },
  // Safety and dose
  {
    id: 'adverse-event',
    term: 'adverse event',
    forms: [
      'adverse effect',
      'adverse reaction',
      'adverse drug reaction',
      'treatment-emergent adverse event',
      'treatment emergent adverse event',
      'AE',
      'TEAE',
    ],
    definition:
      'Any unwanted health problem during a study. The treatment may or may not have caused it.',
    reviewed: false,
  },
  {
    id: 'serious-adverse-event',
    term: 'serious adverse event',
    forms: ['serious adverse reaction', 'SAE'],
    definition:
      'A bad health event that is very serious. It may cause death or lasting harm, or need a hospital stay.',
    reviewed: false,
  },
  {
    id: 'toxicity',
    term: 'toxicity',
    forms: ['toxic effect'],
    definition: 'Harm that a treatment does to the body, such as side effects.',
    reviewed: false,
  },
  {
    id: 'dlt',
    term: 'dose-limiting toxicity',
    forms: ['dose limiting toxicity', 'DLT'],
    definition: 'A side effect serious enough that the dose cannot be raised any higher.',
    reviewed: false,
  },
  {
    id: 'mtd',
    term: 'maximum tolerated dose',
    forms: ['MTD'],
    definition:
      'The highest dose of a drug people can take without side effects that are too serious.',
    reviewed: false,
  },
  {
    id: 'tolerability',
    term: 'tolerability',
    forms: ['tolerable', 'tolerated'],
    definition: 'How well people can put up with a treatment’s side effects.',
    reviewed: false,
  },
  {
    id: 'pharmacokinetics',
    term: 'pharmacokinetics',
    forms: ['pharmacokinetic', 'PK'],
    definition: 'How the body takes in, moves, breaks down, and gets rid of a drug over time.',
    reviewed: false,
  },
  // Methods and measures
  {
    id: 'stratified',
    term: 'stratified',
    forms: ['stratification', 'stratify'],
    definition:
      'Split into subgroups, such as by age, before being put into study groups by chance, so the groups stay alike.',
    reviewed: false,
  },
  {
    id: 'sham',
    term: 'sham',
    forms: ['sham procedure'],
    definition:
      'A fake procedure that looks like the real one but does not treat. It works like a placebo.',
    reviewed: false,
  },
  {
    id: 'comparator',
    term: 'comparator',
    forms: ['active comparator'],
    definition:
      'The treatment a new one is compared with, such as a placebo or the usual treatment.',
    reviewed: false,
  },
  {
    id: 'standard-of-care',
    term: 'standard of care',
    forms: ['standard care', 'usual care', 'standard treatment', 'standard therapy'],
    definition: 'The treatment doctors usually give for a health problem.',
    reviewed: false,
  },
  {
    id: 'intention-to-treat',
    term: 'intention-to-treat',
    forms: ['intent-to-treat', 'ITT'],
    definition:
      'Each person is counted in the group they were first put in, even if they stopped or switched.',
    reviewed: false,
  },
  {
    id: 'confidence-interval',
    term: 'confidence interval',
    forms: ['CI'],
    definition:
      'A range of numbers that likely holds the true result. A narrow range means a more exact result.',
    reviewed: false,
  },
  {
    id: 'multicenter',
    term: 'multicenter',
    forms: ['multicentre', 'multi-center', 'multi-centre'],
    definition: 'Done at more than one hospital or clinic.',
    reviewed: false,
  },
  {
    id: 'prospective',
    term: 'prospective',
    forms: ['prospectively'],
    definition: 'Follows people forward in time and collects new data as things happen.',
    reviewed: false,
  },
  {
    id: 'retrospective',
    term: 'retrospective',
    forms: ['retrospectively'],
    definition: 'Looks back at records or data from the past.',
    reviewed: false,
  },
  {
    id: 'observational',
    term: 'observational',
    forms: ['observational study'],
    definition:
      'A study that watches and measures what happens, without giving a treatment to test.',
    reviewed: false,
  },
  {
    id: 'pilot-study',
    term: 'pilot study',
    forms: ['pilot trial', 'pilot'],
    definition: 'A small, early study to test if a larger study can work.',
    reviewed: false,
  },
  {
    id: 'quality-of-life',
    term: 'quality of life',
    forms: ['health-related quality of life', 'HRQoL', 'HRQOL', 'QoL', 'QOL'],
    definition:
      'How well you feel and get along in daily life, in body, mind, and with other people.',
    reviewed: false,
  },
  {
    id: 'patient-reported-outcome',
    term: 'patient-reported outcome',
    forms: ['patient reported outcome', 'patient-reported'],
    definition:
      'A result that comes straight from the patient, often from a survey, such as pain or mood.',
    reviewed: false,
  },
  {
    id: 'numeric-rating-scale',
    term: 'numeric rating scale',
    forms: ['numerical rating scale', 'NRS'],
    // Not "Nutritional Risk Screening (NRS 2002)".
    notAfter: /\bNutritional Risk Screening\s*\(?$/i,
    notBefore: /^\s*[-\u2010\u2011]?\s*2002\b/,
    definition: 'A scale where you rate something, like pain, with a number, often from 0 to 10.',
    reviewed: false,
  },
  // Treatments and how they are given
  {
    id: 'biomarker',
    term: 'biomarker',
    definition:
      'Something in the body that can be measured, such as a protein in blood, that gives clues about health.',
    reviewed: false,
  },
  {
    id: 'regimen',
    term: 'regimen',
    definition: 'A plan for treatment: which drugs, how much, how often, and for how long.',
    reviewed: false,
  },
  {
    id: 'cycle',
    term: 'cycle',
    definition: 'A time of treatment followed by a time of rest. Cycles repeat on a set schedule.',
    reviewed: false,
    // Not other cycles: "a vicious cycle of pain" (NCT06508918), "threshold cycle method" (NCT05626283),
    // "menstrual cycle", nor the verb ("typically cycle through", NCT04574193).
    notAfter:
      /\b(?:vicious|menstrual|sleep|sleep-wake|life|threshold|cell|ovulatory|estrous|breathing|respiratory|gait|duty)[\s-]+$/i,
    notBefore: /^s?\s+(?:through|between)\b/i,
  },
  {
    id: 'infusion',
    term: 'infusion',
    forms: ['infused'],
    definition:
      'Medicine or fluid given slowly through a needle or tube into a vein, often by drip.',
    reviewed: false,
  },
  {
    id: 'intravenous',
    term: 'intravenous',
    forms: ['intravenously'],
    definition: 'Into a vein, most often through a needle or thin tube.',
    reviewed: false,
  },
  {
    id: 'subcutaneous',
    term: 'subcutaneous',
    forms: ['subcutaneously'],
    definition: 'Under the skin. A subcutaneous shot goes into the fat just under the skin.',
    reviewed: false,
  },
  {
    id: 'oral',
    term: 'oral',
    forms: ['orally'],
    definition: 'By mouth, or having to do with the mouth.',
    reviewed: false,
    // Not "spoken": "give oral consent", "oral information" (NCT05914935-like records), "written and oral".
    notBefore:
      /^\s+(?:consent|assent|information|word|presentation|communication|explanation|interview|language|report|and written|or written)\b/i,
    notAfter: /\b(?:written|verbal)\s*(?:and|or|\/)\s*$/i,
  },
  {
    id: 'topical',
    term: 'topical',
    forms: ['topically'],
    definition: 'Put on the body’s surface, such as the skin or eye, like a cream, gel, or drops.',
    reviewed: false,
    // Not "local", as in "topical treatments (radiotherapy or surgery)" (NCT02795884).
    notBefore: /^[\s\w]{0,25}\(?\s*(?:radiotherapy|radiation|surgery|surgical|resection)/i,
  },
  {
    id: 'concomitant',
    term: 'concomitant',
    forms: ['concomitantly', 'concurrent', 'concurrently'],
    definition:
      'At the same time as something else, such as other drugs you take or another illness you have.',
    reviewed: false,
  },
  {
    id: 'contraindication',
    term: 'contraindication',
    forms: ['contraindicated'],
    definition: 'A reason not to use a treatment, because it could harm a certain person.',
    reviewed: false,
  },
  {
    id: 'comorbidity',
    term: 'comorbidity',
    forms: [
      'comorbid',
      'co-morbidity',
      // "severe uncontrolled concomitant disease" (NCT02175381): another illness, not other drugs.
      'concomitant disease',
      'concurrent disease',
      'concomitant illness',
      'concurrent illness',
      'concomitant condition',
      'concurrent condition',
      'concurrent medical condition',
    ],
    definition: 'Another illness a person has at the same time as the main one.',
    reviewed: false,
  },
  {
    id: 'adherence',
    term: 'adherence',
    forms: ['adherent', 'compliance', 'compliant'],
    definition: 'How well a person follows the treatment plan, such as taking each dose on time.',
    reviewed: false,
    // Not following a law: "HIPAA compliant telehealth" (NCT06651385), "legislative compliance".
    notAfter: /\b(?:HIPAA|GDPR|legislative|regulatory|legal)[\s-]*$/i,
  },
  {
    id: 'discontinuation',
    term: 'discontinuation',
    forms: ['discontinue', 'discontinued'],
    definition: 'Stopping a treatment, or leaving a study early.',
    reviewed: false,
  },
  {
    id: 'rescue-medication',
    term: 'rescue medication',
    forms: ['rescue therapy', 'rescue treatment'],
    definition:
      'A medicine you may take if symptoms get too bad during a study, such as a pain reliever.',
    reviewed: false,
  },
  // Course of a disease, and results
  {
    id: 'refractory',
    term: 'refractory',
    definition: 'Not helped by treatment, or no longer helped by it.',
    reviewed: false,
  },
  {
    id: 'relapse',
    term: 'relapse',
    forms: ['relapsed', 'relapsing'],
    definition: 'When a disease comes back or gets worse after a time of getting better.',
    reviewed: false,
  },
  {
    id: 'remission',
    term: 'remission',
    definition: 'When signs of a disease lessen or go away. It may be partial or complete.',
    reviewed: false,
  },
  {
    id: 'recurrence',
    term: 'recurrence',
    forms: ['recurrent', 'recur', 'recurred'],
    // True of cancer that comes back after treatment (NCT06094296) and of problems that keep coming back:
    // "recurrent binge eating (≥12 episodes in 3 months)" (NCT06454123), "recurrent abdominal pain"
    // (NCT04723056), "chronic or recurrent infections" (NCT02552212).
    definition:
      'When a disease or problem comes back after it had gone away, such as after treatment.',
    reviewed: false,
  },
  {
    id: 'progression',
    term: 'disease progression',
    forms: ['progression', 'progressive disease', 'progressed'],
    definition: 'When a disease grows, spreads, or gets worse.',
    reviewed: false,
  },
  {
    id: 'pfs',
    term: 'progression-free survival',
    forms: ['progression free survival', 'PFS'],
    definition: 'How long people live without their disease getting worse.',
    reviewed: false,
  },
  {
    id: 'overall-survival',
    term: 'overall survival',
    definition:
      'How long people in a study live, counted from a set time such as the start of treatment.',
    reviewed: false,
  },
  {
    id: 'dfs',
    term: 'disease-free survival',
    forms: [
      'disease free survival',
      'invasive disease-free survival',
      'recurrence-free survival',
      'distant recurrence-free survival',
      'DFS',
      'IDFS',
      'RFS',
      'DRFS',
    ],
    definition: 'How long people live with no sign that the disease has come back.',
    reviewed: false,
  },
  {
    id: 'response-rate',
    term: 'response rate',
    forms: ['objective response rate', 'overall response rate', 'objective response', 'ORR'],
    definition: 'The share of people whose disease shrinks or goes away with treatment.',
    reviewed: false,
  },
  {
    id: 'duration-of-response',
    term: 'duration of response',
    forms: ['DoR', 'DOR'],
    definition:
      'How long a treatment keeps working, from when the disease shrinks until it grows again.',
    reviewed: false,
  },
  {
    id: 'recist',
    term: 'RECIST',
    forms: ['Response Evaluation Criteria in Solid Tumors'],
    definition:
      'Rules for measuring tumors on scans, to tell if they shrink, stay the same, or grow.',
    reviewed: false,
  },
  {
    id: 'target-lesion',
    term: 'target lesion',
    definition:
      'One of the tumors picked at the start to be measured on each scan, to see if treatment shrinks it.',
    reviewed: false,
  },
  {
    // "progressive involvement of non-target lesions" (NCT04007835) had the target-lesion definition.
    id: 'non-target-lesion',
    term: 'non-target lesion',
    forms: ['non target lesion', 'nontarget lesion'],
    definition:
      'A tumor that is checked on scans but not measured. Doctors look to see if it grows or goes away.',
    reviewed: false,
  },
  // Cancer
  {
    id: 'metastatic',
    term: 'metastatic',
    forms: ['metastasis', 'metastases', 'metastasize', 'metastasized', 'metastasised'],
    definition: 'Cancer that has spread from where it started to other parts of the body.',
    reviewed: false,
  },
  {
    id: 'locally-advanced',
    term: 'locally advanced',
    forms: ['locally-advanced'],
    definition:
      'Cancer that has grown into nearby tissue or lymph nodes but not to far parts of the body.',
    reviewed: false,
  },
  {
    id: 'unresectable',
    term: 'unresectable',
    forms: ['inoperable', 'non-resectable'],
    definition: 'Cannot be fully taken out by surgery.',
    reviewed: false,
  },
  {
    // "resectable" is what surgery could do, not the operation itself (round 13, NCT04795661: "untreated
    // resectable MSI/dMMR carcinomas" read as tumours already removed).
    id: 'resectable',
    term: 'resectable',
    definition: 'Can be fully taken out by surgery.',
    reviewed: false,
  },
  {
    id: 'resection',
    term: 'resection',
    forms: ['resected', 'excision', 'excised'],
    definition: 'Surgery to remove tissue or part of an organ, such as a tumor.',
    reviewed: false,
  },
  {
    id: 'adjuvant',
    term: 'adjuvant',
    forms: ['adjuvant therapy'],
    definition:
      'Treatment added after the main one, such as after surgery, to lower the chance the disease comes back.',
    reviewed: false,
  },
  {
    id: 'neoadjuvant',
    term: 'neoadjuvant',
    forms: ['neo-adjuvant'],
    definition:
      'Treatment given before the main one. It is often used to shrink a tumor before surgery.',
    reviewed: false,
  },
  {
    id: 'first-line',
    term: 'first-line',
    forms: [
      'first line',
      'second-line',
      'second line',
      'line of therapy',
      'lines of therapy',
      'line of treatment',
    ],
    definition:
      'The first treatment tried for a disease. Second-line is the next one, if the first fails.',
    reviewed: false,
  },
  {
    id: 'systemic',
    term: 'systemic',
    forms: ['systemically'],
    definition: 'Reaching the whole body, such as a drug carried in the blood.',
    reviewed: false,
    // Not in a disease's name: "systemic lupus erythematosus", "systemic sclerosis", "systemic juvenile
    // idiopathic arthritis" (NCT05814159-like criteria); nor "systemic-to-pulmonary" (blood vessels).
    notBefore:
      /^(?:\s+(?:lupus|sclerosis|juvenile|mastocytosis|inflammatory response syndrome)\b|[-\u2010\u2011]to[-\u2010\u2011])/i,
  },
  {
    id: 'chemotherapy',
    term: 'chemotherapy',
    forms: ['chemo'],
    definition: 'Drugs that kill fast-growing cells, such as cancer cells.',
    reviewed: false,
  },
  {
    id: 'platinum',
    term: 'platinum-based chemotherapy',
    forms: ['platinum', 'platinum-based', 'platinum-containing'],
    definition:
      'Cancer drugs that contain the metal platinum. Cisplatin and carboplatin are two of them.',
    reviewed: false,
  },
  {
    id: 'doublet',
    term: 'doublet',
    definition: 'A treatment that uses two drugs together.',
    reviewed: false,
  },
  {
    id: 'immunotherapy',
    term: 'immunotherapy',
    definition: 'Treatment that helps your immune system fight a disease, such as cancer.',
    reviewed: false,
  },
  {
    id: 'radiotherapy',
    term: 'radiotherapy',
    forms: ['radiation therapy', 'radiation treatment', 'radiation'],
    definition: 'Treatment that uses strong beams of energy, like X-rays, to kill cancer cells.',
    reviewed: false,
    // Not radiation met in a scan or in light, or pain that spreads: an MRI has "no radiation and no harm to
    // the human body" (NCT05753579), ultrasound "protects from radiation exposure" (NCT06508918), "risks of
    // additional radiation exposures" (NCT06011551), "ultraviolet A radiation [PUVA]" (NCT05798663), "pain
    // … nature, radiation and modifying factors" (NCT03933150), "low back pain with radiation" (NCT04930523).
    notAfter:
      /\b(?:no|without|ionizing|ionising|ultraviolet(?:\s+[AB])?|UV[AB]?|(?:exposures?|protects?)\s+(?:to|from)|pain\s+with|nature,)\s+$/i,
    notBefore:
      /^\s+(?:exposures?|(?:is|are)\s+(?:still\s+)?a\b[^.]{0,20}\brisk|and\s+modifying)\b/i,
  },
  {
    id: 'monoclonal-antibody',
    term: 'monoclonal antibody',
    forms: ['monoclonal', 'mAb'],
    definition:
      'A lab-made protein that sticks to one exact target in the body. Many are used as drugs.',
    reviewed: false,
  },
  {
    id: 'antibody',
    term: 'antibody',
    forms: ['antibodies'],
    definition:
      'A protein the immune system makes to stick to germs or other targets. Some drugs are lab-made ones.',
    reviewed: false,
  },
  {
    id: 'inhibitor',
    term: 'inhibitor',
    definition: 'A drug that blocks a certain protein or process in the body.',
    reviewed: false,
  },
  {
    id: 'tki',
    term: 'tyrosine kinase inhibitor',
    forms: ['TKI'],
    definition: 'A drug that blocks signals that help some cancer cells grow. Many are pills.',
    reviewed: false,
  },
  {
    id: 'pd-l1',
    term: 'PD-L1',
    forms: ['PD-1', 'PD1', 'PDL1'],
    definition:
      'PD-1 and PD-L1 are proteins that can stop the immune system from attacking cancer. Some drugs block them.',
    reviewed: false,
  },
  {
    id: 'egfr',
    term: 'EGFR',
    forms: ['epidermal growth factor receptor'],
    // Not the kidney test (estimated glomerular filtration rate) written in capitals: "EGFR ≥ 60 mL/min".
    notBefore: /^\s*(?:\(\s*)?(?:[≥≤]|\\?[<>]=?)\s*\d|^[^.;\n]{0,30}m[lL]\s*\/\s*min/,
    notAfter: /\bestimated\s+$/i,
    definition:
      'A protein that helps cells grow. Changes in its gene can drive some cancers, such as lung cancer.',
    reviewed: false,
  },
  {
    id: 'her2',
    term: 'HER2',
    forms: ['HER-2'],
    definition:
      'A protein that helps cells grow. Some cancers have too much of it, or a change in its gene.',
    reviewed: false,
  },
  {
    id: 'alk',
    term: 'ALK',
    forms: ['ROS1'],
    definition:
      'ALK and ROS1 are genes. Changes in them can drive some lung cancers, and some drugs target them.',
    reviewed: false,
  },
  {
    id: 'exon',
    term: 'exon',
    definition:
      'A section of a gene. Test results may name the exon where a gene change was found.',
    reviewed: false,
  },
  {
    id: 'mutation',
    term: 'mutation',
    forms: ['mutant', 'mutated'],
    definition:
      'A change in a gene. Some changes can cause disease or affect which treatment may work.',
    reviewed: false,
  },
  {
    id: 'lesion',
    term: 'lesion',
    definition: 'An area of the body that is hurt or not normal, such as a tumor, sore, or spot.',
    reviewed: false,
  },
  {
    id: 'malignancy',
    term: 'malignancy',
    forms: ['malignant'],
    definition: 'Cancer. Malignant cells can grow and spread.',
    reviewed: false,
    // Not "pre-malignant moles" (not yet cancer; "non-malignant" is a negation, see match.ts).
    notAfter: /\bpre[-\u2010\u2011]?\s*$/i,
  },
  {
    id: 'carcinoma',
    term: 'carcinoma',
    definition: 'Cancer that starts in the cells that line organs or cover the skin.',
    reviewed: false,
  },
  {
    id: 'in-situ',
    term: 'in situ',
    definition: 'In its first place. Cancer in situ has not spread into nearby tissue.',
    reviewed: false,
    // Not a lab test's name: "fluorescence in situ hybridization" (FISH, NCT06001671-like criteria).
    notBefore: /^\s+hybridi[sz]ation/i,
  },
  {
    id: 'invasive',
    term: 'invasive',
    definition:
      'For cancer: spreading into nearby tissue. For a test: going into the body, such as with a cut or needle.',
    reviewed: false,
  },
  {
    id: 'squamous',
    term: 'squamous',
    definition: 'Made of thin, flat cells, like those on the skin and lining some organs.',
    reviewed: false,
  },
  {
    id: 'nsclc',
    term: 'non-small cell lung cancer',
    forms: ['non small cell lung cancer', 'non-small-cell lung cancer', 'NSCLC'],
    definition: 'The most common kind of lung cancer.',
    reviewed: false,
  },
  {
    id: 'lymphoma',
    term: 'lymphoma',
    definition: 'Cancer that starts in white blood cells of the immune system.',
    reviewed: false,
    // Not in gene and protein names: "anaplastic lymphoma kinase (ALK)" (NCT04764188, NCT06097962),
    // "B-cell lymphoma 2" (BCL-2), "B-cell lymphoma-extra large".
    notBefore: /^[\s-]*(?:kinase|[26]\b|extra[\s-]large)/i,
  },
  {
    id: 'follicular-lymphoma',
    term: 'follicular lymphoma',
    definition: 'A kind of lymphoma that often grows slowly.',
    reviewed: false,
  },
  {
    id: 'stage',
    term: 'stage',
    definition:
      'How far a disease has gone. For cancer, a higher stage, like III or IV, means it has spread more.',
    reviewed: false,
    // Only a disease's stage. Not a part of a study ("dose-escalation stage and dose-expansion stage",
    // NCT04204473; "Simon's two stage pilot study", NCT06576635; "In Stage 1, an initial cohort of
    // therapists", NCT06568081) nor a step in life ("stages of change", NCT05648786; "at the stage of their
    // entry", NCT00220935). The sense needs a stage written as a disease's (I–IV, IIIB, 4 with a disease
    // named soon after, BCLC B, F2) or a disease word before it ("early-stage", "end-stage", "TNM stage").
    onlyBefore:
      /^s?\s*(?:of\s+)?(?:(?:[IV]{1,4}|[ⅠⅡⅢⅣⅤ])[A-Ca-c]?\d?\b|[ⅠⅡⅢⅣⅤ]|[0-5][A-Ca-c]?\b(?=[^.;\n]{0,80}\b(?:disease|cancer|NSCLC|CKD|kidney|tumou?rs?|carcinoma|lymphoma|melanoma|myeloma|leuka?emia|malignan\w*|metasta\w*|fibrosis|failure|sarcoma|Parkinson\w*))|[A-D]\b|F[0-4]\b)/,
    onlyAfter:
      /(?:\b(?:early|late|advanced|end|limited|extensive|disease|cancer|tumou?r|clinical|pathologic(?:al)?|c?p?TNM|AJCC|UICC|IASLC|fibrosis|all|any|regardless of|Yahr|BCLC|[IV]{1,4}[A-Ca-c]?)|[ⅠⅡⅢⅣ])[\s-]*\(?$/i,
    notBefore: /^s?\s+of\s+(?!(?:the\s+)?(?:disease|cancer|illness|tumou?r)\b|[IV]+\b)/i,
  },
  {
    id: 'staging',
    term: 'staging',
    definition:
      'Finding out how far a disease, such as cancer, has spread. Tests and scans help decide the stage.',
    reviewed: false,
  },
  {
    id: 'histology',
    term: 'histology',
    forms: ['histologically', 'histological', 'histologic'],
    definition: 'Looking at tissue under a microscope. A lab can use it to confirm a disease.',
    reviewed: false,
  },
  {
    id: 'cytology',
    term: 'cytology',
    forms: ['cytologically', 'cytological', 'cytologic'],
    definition:
      'Looking at cells under a microscope, such as cells from a fluid or a needle sample.',
    reviewed: false,
  },
  {
    id: 'biopsy',
    term: 'biopsy',
    definition: 'Taking a small piece of tissue to look at under a microscope.',
    reviewed: false,
  },
  {
    id: 'pathology',
    term: 'pathology',
    forms: ['pathological', 'pathologic', 'pathologically'],
    definition: 'The study of disease by looking at tissue, cells, or body fluids in a lab.',
    reviewed: false,
    // Only the lab's work: "pathologically confirmed" (NCT05005468), "pathology report" (NCT05798663),
    // "central pathology review" (NCT05879978), "confirmed by cytology or pathology" (NCT05999214), "clinical
    // and pathological findings" (NCT05832827). In clinical text the word often means a disease itself:
    // "Heart pathology" (NCT05753579), "other significant spine pathology" (NCT00124774), "infectious
    // pathology" (NCT01534065), "pathologic fractures" (NCT01534065), "adjacent segment pathologies"
    // (NCT04469387) — left unexplained.
    onlyBefore:
      /^\s*(?:\([^)]{0,40}\)\s*)?(?:reports?|review|slides?|sections?|diagnos\w*|types?|response|findings|criteria|biopsy|confirm\w*|proven|examination|N\d|verification|puncture)\b/i,
    onlyAfter:
      /(?:\b(?:by|central|surgical|(?:cytology|histology)\s+or)\s+|\bclinical(?:\s+and\s+|-))$/i,
  },
  {
    id: 'lymph-node',
    term: 'lymph node',
    definition:
      'A small, bean-shaped gland that helps fight infection. Cancer can spread to lymph nodes.',
    reviewed: false,
  },
  {
    id: 'ecog',
    term: 'ECOG performance status',
    forms: ['performance status', 'ECOG'],
    // Not another scale: "Karnofsky performance status" runs from 0 to 100.
    notAfter: /\b(?:Karnofsky|KPS|Lansky)\s*(?:\(\w+\)\s*)?$/i,
    definition:
      'A 0 to 5 score of how well you can do daily tasks. 0 means fully active; higher means more limited.',
    reviewed: false,
  },
  {
    id: 'ctcae',
    term: 'CTCAE',
    forms: ['Common Terminology Criteria for Adverse Events'],
    definition:
      'A standard list used to name side effects and grade them from 1 (mild) to 5 (death).',
    reviewed: false,
  },
  // Organs and lab tests
  { id: 'hepatic', term: 'hepatic', definition: 'Having to do with the liver.', reviewed: false },
  { id: 'renal', term: 'renal', definition: 'Having to do with the kidneys.', reviewed: false },
  { id: 'cardiac', term: 'cardiac', definition: 'Having to do with the heart.', reviewed: false },
  {
    id: 'cardiovascular',
    term: 'cardiovascular',
    definition: 'Having to do with the heart and blood vessels.',
    reviewed: false,
  },
  {
    id: 'creatinine',
    term: 'creatinine',
    definition: 'A waste product in blood. Its level shows how well your kidneys work.',
    reviewed: false,
  },
  // Measurements are defined as measurements, not by the thing measured: "Platelet count < 100,000",
  // "Absolute neutrophil count (ANC) < 1000/mm3", "Creatinine clearance … of ≤ 50 mL/min" (all NCT04042844).
  // Any other term right before "count" or "clearance" is left unexplained (match.ts).
  {
    id: 'creatinine-clearance',
    term: 'creatinine clearance',
    forms: ['CrCl'],
    definition:
      'How fast your kidneys clear a waste called creatinine from the blood. It shows how well they work.',
    reviewed: false,
  },
  {
    id: 'bilirubin',
    term: 'bilirubin',
    forms: ['TBIL'],
    definition:
      'A yellow substance made when red blood cells break down. High levels can mean a liver problem.',
    reviewed: false,
  },
  {
    id: 'alt',
    term: 'ALT',
    forms: ['alanine aminotransferase', 'alanine transaminase', 'SGPT'],
    definition:
      'A liver enzyme measured in a blood test. High levels can be a sign of liver damage.',
    reviewed: false,
  },
  {
    id: 'ast',
    term: 'AST',
    forms: ['aspartate aminotransferase', 'aspartate transaminase', 'SGOT'],
    definition:
      'An enzyme found mostly in the liver and heart. High levels can be a sign of liver damage.',
    reviewed: false,
  },
  {
    id: 'uln',
    term: 'upper limit of normal',
    forms: ['ULN'],
    definition: 'The highest result of a lab test that is still seen as normal.',
    reviewed: false,
  },
  {
    id: 'hemoglobin',
    term: 'hemoglobin',
    forms: ['haemoglobin'],
    definition: 'The protein in red blood cells that carries oxygen.',
    reviewed: false,
    // Not the sugar test: "reduce Hemoglobin A1c, or HbA1c" (NCT04886388), "glycosylated Haemoglobin"
    // (NCT04615260). Those are `hba1c`.
    notBefore: /^\s*(?:\(\w+\)\s*)?A1[cC]\b/,
    notAfter: /\b(?:glycated|glycosylated)\s+$/i,
  },
  {
    id: 'hba1c',
    term: 'HbA1c',
    forms: [
      'hemoglobin A1c',
      'haemoglobin A1c',
      'HbA1C',
      'HgbA1c',
      'A1c',
      'A1C',
      'glycated hemoglobin',
      'glycosylated hemoglobin',
      'glycated haemoglobin',
      'glycosylated haemoglobin',
    ],
    definition: 'A blood test that shows your average blood sugar over the past 2 to 3 months.',
    reviewed: false,
  },
  {
    id: 'platelet',
    term: 'platelet',
    definition: 'Tiny blood cells that help blood clot and stop bleeding.',
    reviewed: false,
  },
  {
    id: 'platelet-count',
    term: 'platelet count',
    forms: ['platelets count', 'PLT'],
    definition: 'How many platelets, the tiny cells that help blood clot, are in your blood.',
    reviewed: false,
  },
  {
    id: 'neutrophil',
    term: 'neutrophil',
    definition: 'A kind of white blood cell that fights infection.',
    reviewed: false,
  },
  {
    id: 'neutrophil-count',
    term: 'absolute neutrophil count',
    forms: ['neutrophil count', 'neutrophils count', 'ANC'],
    definition: 'How many neutrophils, white blood cells that fight infection, are in your blood.',
    reviewed: false,
  },
  {
    id: 'serum',
    term: 'serum',
    definition:
      'The clear liquid part of blood, left when the cells and clotting parts are taken out.',
    reviewed: false,
  },
  // Immune system, hormones and cells
  {
    id: 'hepatitis',
    term: 'hepatitis',
    forms: ['HBV', 'HCV'],
    definition: 'Swelling of the liver, often caused by a virus such as hepatitis B or C.',
    reviewed: false,
  },
  {
    id: 'immunosuppression',
    term: 'immunosuppression',
    forms: ['immunosuppressive', 'immunosuppressed', 'immunocompromised'],
    definition:
      'When the immune system is weaker than normal, from a disease or from medicines that calm it.',
    reviewed: false,
  },
  {
    // The medicine, not the state: "taking systemic immunosuppressants" (NCT06325566), "systemic
    // immunosuppressive medication" (NCT05798663).
    id: 'immunosuppressant',
    term: 'immunosuppressant',
    forms: ['immunosuppressive drug', 'immunosuppressive medication', 'immunosuppressive therapy'],
    definition: 'A medicine that calms the immune system, such as after a transplant.',
    reviewed: false,
  },
  {
    id: 'autoimmune',
    term: 'autoimmune',
    forms: ['autoimmune disease'],
    definition: 'When the immune system attacks the body’s own healthy cells by mistake.',
    reviewed: false,
  },
  {
    id: 'corticosteroid',
    term: 'corticosteroid',
    forms: ['steroid', 'glucocorticoid'],
    // Not defined by its own name: "steroid" is a form (NCT05626283, NCT01534065).
    definition: 'A medicine that calms swelling and the immune system, such as prednisone.',
    reviewed: false,
  },
  {
    id: 'nsaid',
    term: 'NSAID',
    forms: ['nonsteroidal anti-inflammatory drug', 'non-steroidal anti-inflammatory drug'],
    definition: 'A common kind of drug for pain and swelling, such as ibuprofen.',
    reviewed: false,
  },
  {
    id: 'inflammation',
    term: 'inflammation',
    forms: ['inflammatory', 'inflamed'],
    // Not inside "anti-inflammatory" (a drug that calms it).
    notAfter: /\banti[-\u2010\u2011]?\s*$/i,
    definition:
      'The body’s reaction to injury or infection. It can cause redness, heat, swelling, and pain.',
    reviewed: false,
  },
  {
    id: 'biologic',
    term: 'biologic',
    forms: ['biologics', 'biologic therapy', 'biological therapy'],
    definition: 'A medicine made from living cells, such as an antibody.',
    reviewed: false,
    // Not "biological": "similar chemical or biologic composition" (NCT05773092), "biologic nature".
    notBefore:
      /^\s+(?:composition|nature|sex|parents?|mother|father|material|samples?|specimens?|age)\b/i,
  },
  {
    id: 'chronic',
    term: 'chronic',
    definition: 'Lasting a long time or coming back often.',
    reviewed: false,
  },
  {
    id: 'acute',
    term: 'acute',
    definition: 'Starting suddenly, or lasting a short time.',
    reviewed: false,
  },
  {
    id: 'childbearing-potential',
    term: 'childbearing potential',
    forms: ['child-bearing potential', 'WOCBP'],
    definition: 'Able to become pregnant.',
    reviewed: false,
  },
  {
    id: 'lactating',
    term: 'lactating',
    forms: ['lactation'],
    definition: 'Making breast milk; breastfeeding.',
    reviewed: false,
  },
  {
    id: 'postmenopausal',
    term: 'postmenopausal',
    forms: ['post-menopausal'],
    definition: 'After menopause, when monthly periods have stopped for good.',
    reviewed: false,
  },
  {
    id: 'endocrine',
    term: 'endocrine',
    // Also immune side effects on hormone glands: "endocrine AE of ≤Grade 2" (NCT03955198).
    definition: 'Having to do with hormones and the glands that make them.',
    reviewed: false,
  },
  {
    id: 'endocrine-therapy',
    term: 'endocrine therapy',
    forms: ['endocrine treatment'],
    definition:
      'Treatment that blocks hormones that help some cancers grow, such as some breast cancers.',
    reviewed: false,
  },
  {
    id: 'antigen',
    term: 'antigen',
    definition:
      'A substance that makes the immune system react, such as a part of a germ or a cancer cell.',
    reviewed: false,
  },
  {
    id: 'autologous',
    term: 'autologous',
    definition: 'Taken from your own body, such as your own cells or tissue.',
    reviewed: false,
  },
  {
    id: 'stem-cell',
    term: 'stem cell',
    forms: ['progenitor cell', 'progenitor'],
    definition: 'A cell that can grow into other kinds of cells, such as blood cells.',
    reviewed: false,
  },
  {
    id: 'bone-marrow',
    term: 'bone marrow',
    definition: 'The soft tissue inside bones where blood cells are made.',
    reviewed: false,
  },
  // Heart and other body systems
  {
    id: 'myocardial-infarction',
    term: 'myocardial infarction',
    forms: ['STEMI', 'NSTEMI'],
    definition:
      'A heart attack: part of the heart muscle is hurt because its blood supply is blocked.',
    reviewed: false,
  },
  {
    id: 'coronary',
    term: 'coronary',
    forms: ['coronary artery'],
    definition: 'Having to do with the blood vessels that feed the heart muscle.',
    reviewed: false,
  },
  {
    id: 'heart-failure',
    term: 'heart failure',
    forms: ['congestive heart failure', 'CHF'],
    definition: 'When the heart cannot pump blood as well as it should.',
    reviewed: false,
  },
  {
    id: 'ejection-fraction',
    term: 'ejection fraction',
    forms: ['left ventricular ejection fraction', 'LVEF'],
    definition:
      'The share of blood the heart pumps out with each beat. It shows how well the heart pumps.',
    reviewed: false,
  },
  {
    id: 'echocardiogram',
    term: 'echocardiogram',
    forms: ['echocardiography'],
    definition: 'An ultrasound of the heart that shows how it moves and pumps.',
    reviewed: false,
  },
  {
    id: 'mri',
    term: 'MRI',
    forms: ['magnetic resonance imaging', 'magnetic resonance'],
    definition:
      'A scan that uses strong magnets and radio waves to make detailed pictures of the inside of the body.',
    reviewed: false,
  },
  {
    id: 'ct',
    term: 'CT scan',
    forms: ['computed tomography', 'CAT scan', 'CT'],
    // Not a product or a treatment written with CT: "CT-155" (a digital therapy, NCT06144970-like records,
    // also caught by the general code rule), "CT-P13", "CT-RT" (chemo-radiotherapy), "CT-R" (a therapy).
    notBefore: /^[-\u2010\u2011]\s*(?:\d|[A-Z]\d|RT?\b)/,
    definition:
      'A scan that uses X-rays and a computer to make detailed pictures of the inside of the body.',
    reviewed: false,
  },
  {
    id: 'hypertension',
    term: 'hypertension',
    definition: 'High blood pressure.',
    reviewed: false,
    // Not high pressure in one part of the body: "portal hypertension" (NCT05905055-like criteria),
    // "pulmonary hypertension", "intracranial hypertension", "ocular hypertension".
    notAfter: /\b(?:portal|pulmonary(?:\s+arterial)?|intracranial|ocular|intra-?abdominal)\s+$/i,
  },
  {
    id: 'cns',
    term: 'central nervous system',
    forms: ['CNS'],
    definition: 'The brain and spinal cord.',
    reviewed: false,
  },
  {
    id: 'neurologic',
    term: 'neurologic',
    forms: ['neurological'],
    definition: 'Having to do with the brain, spinal cord, and nerves.',
    reviewed: false,
  },
  {
    id: 'hematologic',
    term: 'hematologic',
    forms: ['hematological', 'haematological'],
    definition: 'Having to do with the blood.',
    reviewed: false,
  },
  {
    id: 'gastrointestinal',
    term: 'gastrointestinal',
    forms: ['GI'],
    definition: 'Having to do with the stomach and gut.',
    reviewed: false,
  },
  // Oversight
  {
    id: 'irb',
    term: 'institutional review board',
    forms: [
      'ethics committee',
      'independent ethics committee',
      'research ethics board',
      'IRB',
      'IEC',
    ],
    definition:
      'A group that reviews a study to protect the rights and safety of the people in it.',
    reviewed: false,
  },
  {
    id: 'dsmb',
    term: 'data safety monitoring board',
    forms: ['data and safety monitoring board', 'data monitoring committee', 'DSMB', 'DMC'],
    definition: 'Outside experts who check study data during a trial to keep people safe.',
    reviewed: false,
  },
  // Spine, joints, skin and teeth
  {
    id: 'lumbar',
    term: 'lumbar',
    definition: 'Having to do with the lower back.',
    reviewed: false,
  },
  {
    id: 'cervical',
    term: 'cervical',
    definition: 'Having to do with the neck, or with the cervix (the lower end of the womb).',
    reviewed: false,
  },
  {
    id: 'epidural',
    term: 'epidural',
    definition: 'The space around the spinal cord. An epidural shot puts medicine there.',
    reviewed: false,
  },
  {
    id: 'tfesi',
    term: 'transforaminal epidural steroid injection',
    forms: ['transforaminal epidural injection', 'transforaminal', 'TFESI'],
    definition: 'A shot of steroid medicine near a spinal nerve, where the nerve leaves the spine.',
    reviewed: false,
  },
  {
    id: 'herniation',
    term: 'herniation',
    forms: ['herniated', 'herniated disc', 'disc herniation'],
    definition: 'When part of something, such as a spinal disc, bulges out of its normal place.',
    reviewed: false,
  },
  {
    id: 'radiculopathy',
    term: 'radiculopathy',
    forms: ['radicular'],
    definition:
      'Pain, numbness, or weakness from a pinched nerve in the spine, often felt in an arm or leg.',
    reviewed: false,
  },
  {
    id: 'spondyloarthritis',
    term: 'spondyloarthritis',
    forms: ['axial spondyloarthritis', 'axSpA', 'nr-axSpA', 'SpA'],
    definition: 'A group of diseases that cause swelling and pain in the spine and joints.',
    reviewed: false,
  },
  {
    id: 'ankylosing-spondylitis',
    term: 'ankylosing spondylitis',
    definition:
      'A long-term kind of arthritis that mainly affects the spine and causes pain and stiffness.',
    reviewed: false,
  },
  {
    id: 'atopic-dermatitis',
    term: 'atopic dermatitis',
    forms: ['atopic eczema', 'eczema'],
    // Not defined by its own name: "eczema" is a form ("Patients with eczema, psoriasis", NCT05798663).
    definition: 'A long-term skin problem that causes dry, itchy, red skin.',
    reviewed: false,
  },
  {
    id: 'caries',
    term: 'caries',
    forms: ['dental caries', 'carious'],
    definition: 'Tooth decay: damage that can make holes (cavities) in teeth.',
    reviewed: false,
  },
];
