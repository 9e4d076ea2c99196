/**
 * What each intervention is for in a study: what is tested, what it is compared with, what everyone gets
 * anyway, and what only measures. Pure — read from `armGroups[].type` and `interventions[].armGroupLabels`
 * (or, where a record links the other way, `armGroups[].interventionNames`).
 *
 * The rules, in order (the first that applies wins):
 * 1. A name with "placebo", "sham" or "vehicle" is a dummy: never what is tested.
 * 2. A diagnostic test or agent (type `DIAGNOSTIC_TEST`, or described "for diagnostic use", a contrast agent, a
 *    tracer) only measures, unless the study's purpose is to test a way to diagnose.
 * 3. With arms: in an experimental arm and in a comparison arm → everyone gets it (when something else is
 *    tested on top; else it is what is tested, e.g. the same drug on two schedules); in an experimental arm only
 *    → tested; not in any experimental arm while the study has one → compared with. An arm typed OTHER (or
 *    untyped) whose label says it is a control ("usual care", "waitlist", "educational control") compares; in a
 *    study with no experimental arm at all, active-comparator arms are what is tested (a head-to-head study of
 *    two treatments), against any placebo, sham or no-intervention arm.
 * 4. Without usable arms: tested (the registry says nothing more).
 * 5. What is left tested but is named as a control or usual care is compared with, while something else stays
 *    tested; a study procedure named as measuring (blood samples, lab or pregnancy tests, tumour or
 *    radiographic assessments, questionnaires, scans) only measures unless the purpose is diagnosis or
 *    screening.
 *
 * An arm typed EXPERIMENTAL whose label begins "Control" or "Comparator", or whose description says the arm is
 * the comparator or control ("Comparator.", "serves as the active comparator"), is a comparison arm: sponsors
 * sometimes type every arm of a crossover EXPERIMENTAL. Descriptions that only mention a comparison ("compared
 * with placebo") do not count.
 */
import type { Intervention } from './plain.js';

export type Role = 'tested' | 'compared' | 'everyone' | 'measures' | 'dummy';

export interface Arm {
  label?: string;
  type?: string;
  description?: string;
  /** `Type: Name`, as `armGroups[].interventionNames` writes them. */
  interventionNames: string[];
}

export interface RoleInput extends Intervention {
  description?: string;
  armGroupLabels: string[];
}

/** Arm types whose people get something to compare with, not what is tested. */
export const COMPARISON_ARMS = new Set([
  'ACTIVE_COMPARATOR',
  'PLACEBO_COMPARATOR',
  'SHAM_COMPARATOR',
  'NO_INTERVENTION',
]);

/** Placebo, sham and vehicle arms are registered as interventions, but nothing "is tested" in them. */
export const DUMMY = /\b(?:placebo|sham|vehicle)\b/i;
/** Arm labels that say the arm is a control, whatever its type. */
const CONTROL =
  /\b(?:control|usual care|routine care|standard (?:of )?care|standard treatment|treatment as usual|comparator|wait-?list|waiting list|no (?:treatment|intervention)|sham|placebo)\b/i;
/** A label or description saying the arm itself is the comparator or control. */
const LABEL_SAYS_CONTROL = /^\W*(?:active |positive |negative )?(?:comparator|control)\b/i;
const DESCRIPTION_SAYS_CONTROL =
  /^\W*(?:(?:this|the) (?:arm|group) (?:is|will be|serves as) (?:an? |the )?)?(?:active |positive |negative )?(?:comparator|control)\b|\b(?:serves?|serving|used|acts?|acting) as (?:an? |the )?(?:active |positive |negative )?(?:comparator|control)\b|\bas (?:an? |the )?(?:active |positive )?comparator\b/i;
/**
 * Names of study procedures that measure what happens (samples taken, lab and pregnancy tests, tumour
 * assessments, questionnaires, scans): registered as interventions, but not what is tested.
 */
const MEASURING =
  /\b(?:blood (?:samples?|draws?|tests?|collection)|(?:bio)?specimen collection|samples? collection|pregnancy tests?|laboratory (?:tests?|assessments?|evaluations?)|lab tests?|tumou?r assessments?|questionnaires?(?: administration)?|surveys?(?: administration)?|quality[- ]of[- ]life assessments?|pharmacokinetic (?:samples?|sampling|assessments?)|biomarker (?:analysis|assessments?|sampling)|(?:radiographic|radiological|radioraphic|imaging|ct|x-ray) (?:radiographic )?(?:assessments?|evaluations?)|computed tomography|magnetic resonance imaging|echocardiograph(?:y|ic)(?: test)?|(?:ct|mri|pet)(?:\/ct)? scans?)\b/i;
const DIAGNOSTIC =
  /\bfor diagnostic (?:use|purposes?)\b|\bdiagnostic (?:agent|use only)\b|\bcontrast (?:agent|medium|media)\b|\bradio-?tracer\b|\bimaging agent\b/i;

/**
 * The arms as the record means them, which every rule here reads: experimental arms that say they are the
 * comparator (`armRoles`), or that the titles and design description name as the comparator
 * (`namedComparator`), typed ACTIVE_COMPARATOR. `cues`: the titles and the design description.
 */
export function effectiveArms(arms: readonly Arm[], cues: readonly string[]): Arm[] {
  return namedComparator(armRoles(arms), cues);
}

/** The arms with experimental arms that say they are the comparator or control typed as comparators. */
export function armRoles(arms: readonly Arm[]): Arm[] {
  return arms.map((arm) =>
    arm.type === 'EXPERIMENTAL' &&
    (LABEL_SAYS_CONTROL.test(arm.label ?? '') ||
      DESCRIPTION_SAYS_CONTROL.test(arm.description ?? ''))
      ? { ...arm, type: 'ACTIVE_COMPARATOR' }
      : arm,
  );
}

export function rolesOf(
  interventions: readonly RoleInput[],
  arms: readonly Arm[],
  purpose: string | undefined,
  /** The titles and design description (`cues`) and the titles with the summary (`overview`). */
  words: { cues: readonly string[]; overview: string } = { cues: [], overview: '' },
): Role[] {
  const linked = interventions.map((i) => armsOf(i, arms));
  const armless = !arms.some((arm) => arm.type !== undefined);
  const comparators = comparatorPhrases(words.cues);
  const hasExperimental = arms.some((arm) => arm.type === 'EXPERIMENTAL');
  // What each arm is for: giving what is tested, or something to compare with.
  // A label saying "control" or "usual care" compares whatever the arm's type, unless the arm is experimental.
  // Beside an experimental arm, every other arm is there to compare with (an OTHER arm is often "surgery
  // alone"); without one, only comparison types and control labels compare.
  // A study of one group compares nothing, whatever its one arm is called ("subject is own control").
  const compares = (arm: Arm) =>
    arms.length > 1 &&
    arm.type !== 'EXPERIMENTAL' &&
    (hasExperimental ||
      COMPARISON_ARMS.has(arm.type === 'ACTIVE_COMPARATOR' ? '' : (arm.type ?? '')) ||
      CONTROL.test(arm.label ?? ''));
  const tests = (arm: Arm) => arm.type === 'EXPERIMENTAL' || (!hasExperimental && !compares(arm));
  const first = interventions.map((i, n): Role | 'shared' => {
    if (DUMMY.test(i.name)) return 'dummy';
    if (
      purpose !== 'DIAGNOSTIC' &&
      (i.type === 'DIAGNOSTIC_TEST' || DIAGNOSTIC.test(`${i.name} ${i.description ?? ''}`))
    )
      return 'measures';
    const own = linked[n] ?? [];
    // Without arms to read, the record's words still tell a saline dummy in a placebo-controlled study.
    if (
      (own.length === 0 || armless) &&
      SALINE.test(i.name) &&
      /\bplacebo\b/i.test(`${i.description ?? ''} ${words.overview}`)
    )
      return 'dummy';
    if (own.length === 0 || armless) return 'tested';
    const experimental = own.some(tests);
    const comparison = own.some(compares);
    // Given to every group → "everyone" (or what is tested, see below); in some comparison groups only, it is
    // part of what is tested in the experimental ones.
    if (experimental && comparison) return own.length === arms.length ? 'shared' : 'tested';
    if (experimental) return 'tested';
    return comparison || hasExperimental ? 'compared' : 'tested';
  });
  // An intervention the record calls a control, usual or standard care, or a comparator is compared with, not
  // tested; a study procedure that measures (a blood sample, a questionnaire, a scan) only measures, unless
  // the study is about diagnosing or screening — as long as something else is left to be tested.
  const measuring = purpose !== 'DIAGNOSTIC' && purpose !== 'SCREENING';
  const named = first.map((role, n) => {
    const i = interventions[n];
    if (role !== 'tested' || !i) return role;
    // In a study of one group nobody is compared: usual care named there is what every group gets.
    if (CONTROL.test(`${i.name} ${i.description ?? ''}`))
      return arms.length === 1 ? 'everyone' : 'compared';
    // Without arms, a treatment the titles name as the comparator ("Comparing X With Y") compares, and so does
    // plain saline listed beside something else (hypertonic saline, a treatment of its own, is left as listed).
    if (armless && namedIn(comparators, i.name)) return 'compared';
    if (armless && plainSaline(i.name) && interventions.some((o) => !SALINE.test(o.name)))
      return 'compared';
    return measuring && MEASURING.test(i.name) ? 'measures' : role;
  });
  // Usual care is only a comparison while something else is tested. A measurement never is what is tested,
  // even when the record lists nothing else (the card then says what only measures, and tests nothing).
  if (named.includes('tested')) first.splice(0, first.length, ...named);
  else
    named.forEach((role, n) => {
      if (role === 'measures') first[n] = role;
    });
  // Given to every group: "everyone" when something else is tested on top of it, else it is what is tested.
  const onTop = first.includes('tested');
  return first.map((role) => (role === 'shared' ? (onTop ? 'everyone' : 'tested') : role));
}

/** The arms an intervention is given in: by its `armGroupLabels`, else by the arms' `interventionNames`. */
export function armsOf(i: RoleInput, arms: readonly Arm[]): Arm[] {
  const byLabel = arms.filter(
    (arm) => arm.label !== undefined && i.armGroupLabels.includes(arm.label),
  );
  if (byLabel.length > 0) return byLabel;
  return arms.filter((arm) =>
    arm.interventionNames.some((n) => n === i.name || n.replace(/^[^:]*:\s*/, '') === i.name),
  );
}

/** Whether a placebo or sham is also given in an experimental arm (dummy doses or visits). */
export function dummyWithTested(
  interventions: readonly RoleInput[],
  arms: readonly Arm[],
  roles: readonly Role[],
): boolean {
  return interventions.some(
    (i, n) => roles[n] === 'dummy' && armsOf(i, arms).some((arm) => arm.type === 'EXPERIMENTAL'),
  );
}

/** Words that say an arm gets something inert: a placebo, sham, vehicle or dummy. */
const INERT =
  /\b(?:placebos?|sham|vehicle|dummy|simulated|fake|inactive|inert|saline|sugar pills?|lactose|mock|imitation)\b/i;

/**
 * The types of the arms typed PLACEBO_COMPARATOR or SHAM_COMPARATOR that really give a placebo or sham. Some
 * records type an active comparison arm so ("chemotherapy", an education app): such an arm gives something of
 * its own that is compared with (role `compared`) and nothing in its label, description or names says inert —
 * no placebo or sham is said for it. An arm whose own words say placebo or sham, or that gives nothing of its
 * own (the sham itself is often not registered as an intervention), stays a placebo or sham.
 */
export function dummyArmTypes(
  interventions: readonly RoleInput[],
  arms: readonly Arm[],
  roles: readonly Role[],
): string[] {
  return arms.flatMap((arm) => {
    if (arm.type !== 'PLACEBO_COMPARATOR' && arm.type !== 'SHAM_COMPARATOR') return [];
    const given = interventions.filter((i) => armsOf(i, [arm]).length > 0);
    const own = given.filter((i) => roles[interventions.indexOf(i)] === 'compared');
    const words = [
      arm.label,
      arm.description,
      ...arm.interventionNames,
      ...given.map((i) => i.name),
    ];
    const active = own.length > 0 && !words.some((w) => INERT.test(w ?? ''));
    return active ? [] : [arm.type];
  });
}

/**
 * "Active comparator: …", "compared with …", "comparison with …", "comparing X with …" in a title or design
 * description: what follows is the comparator.
 */
const COMPARATOR_CUE =
  /\b(?:active comparator|comparator|compar(?:ison|ed) (?:with|to|against)|comparing\b[^.;:()]{1,120}?\b(?:with|to|against))\b[:\s-]*([^.;:()]{3,120})/giu;
/** Saline, the usual dummy: a placebo where the record says the study is placebo-controlled. */
const SALINE =
  /\b(?:normal |physiological |isotonic )?saline\b|\b0\.9 ?% (?:sodium chloride|nacl)\b/i;

/** Saline as a control is given: not hypertonic or hypotonic, no strength but 0.9 %. */
const plainSaline = (name: string) =>
  SALINE.test(name) &&
  !/\b(?:hyper|hypo)tonic\b|\d(?:\.\d+)? ?%/i.test(name.replace(/\b0\.9 ?%/g, ''));

/** The phrases that follow a comparator cue in `cues`, as words. */
function comparatorPhrases(cues: readonly string[]): string[] {
  return cues.flatMap((cue) =>
    [...cue.matchAll(COMPARATOR_CUE)].map((m) => ` ${words(m[1] ?? '').join(' ')} `),
  );
}

/** Whether `name` (at least three characters of words) stands in one of the phrases. */
function namedIn(phrases: readonly string[], name: string): boolean {
  const said = words(name).join(' ');
  return said.length >= 3 && phrases.some((phrase) => phrase.includes(` ${said} `));
}
const FILLER = new Set([
  'a',
  'an',
  'the',
  'with',
  'of',
  'in',
  'and',
  'or',
  'to',
  'for',
  'by',
  'on',
  'at',
  'as',
]);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Neighbouring pairs of the words that carry meaning ("peek cage"). */
function pairs(text: string): string[] {
  const w = words(text).filter((word) => word.length > 1 && !FILLER.has(word));
  return w.slice(1).map((word, i) => `${w[i] ?? ''} ${word}`);
}

/**
 * Where every arm is typed EXPERIMENTAL (or not typed), a record may still name its comparator in words: the
 * official title ("… Comparison With a PEEK Cage …") or the design description ("Active comparator: …").
 * When exactly one arm's label or description matches what follows such a cue, that arm compares. `cues` are
 * the titles and the design description.
 */
export function namedComparator(arms: readonly Arm[], cues: readonly string[]): Arm[] {
  if (
    arms.length < 2 ||
    !arms.every((arm) => arm.type === 'EXPERIMENTAL' || arm.type === undefined)
  )
    return [...arms];
  const phrases = comparatorPhrases(cues);
  if (phrases.length === 0) return [...arms];
  const named = new Set(phrases.flatMap(pairs));
  const matches = arms.filter(
    (arm) =>
      namedIn(phrases, arm.label ?? '') ||
      pairs(`${arm.label ?? ''} ${arm.description ?? ''}`).some((pair) => named.has(pair)),
  );
  const [only] = matches;
  return matches.length === 1 && only
    ? arms.map((arm) => (arm === only ? { ...arm, type: 'ACTIVE_COMPARATOR' } : arm))
    : [...arms];
}
