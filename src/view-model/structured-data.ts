/**
 * schema.org `MedicalTrial` for search engines (the `structured-data` attribute). Pure: the element puts the
 * JSON in a `<script type="application/ld+json">` in its light DOM. Only record values, each under the
 * schema.org property that means the same; nothing written by us.
 */
import { studyPageUrl, type NctId } from '../registry/ids.js';
import { record, text, texts } from './guards.js';
import { markdownToText } from './readability.js';
import { own } from '../lookup.js';

/** Registry statuses that schema.org's `MedicalStudyStatus` names. */
const STATUS: Record<string, string> = {
  ACTIVE_NOT_RECRUITING: 'ActiveNotRecruiting',
  COMPLETED: 'Completed',
  ENROLLING_BY_INVITATION: 'EnrollingByInvitation',
  NOT_YET_RECRUITING: 'NotYetRecruiting',
  RECRUITING: 'Recruiting',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
  WITHDRAWN: 'Withdrawn',
};

const PHASE: Record<string, string> = {
  EARLY_PHASE1: 'Early Phase 1',
  PHASE1: 'Phase 1',
  PHASE2: 'Phase 2',
  PHASE3: 'Phase 3',
  PHASE4: 'Phase 4',
};

/** `MedicalTrialDesign` values the record's design fields state outright. */
function designOf(design: Record<string, unknown>, locations: number): string[] {
  const info = record(design['designInfo']);
  const masking = text(record(info['maskingInfo'])['masking']);
  const out: string[] = [];
  if (text(info['allocation']) === 'RANDOMIZED') out.push('RandomizedTrial');
  if (masking === 'NONE') out.push('OpenTrial');
  if (masking === 'SINGLE') out.push('SingleBlindedTrial');
  if (masking === 'DOUBLE') out.push('DoubleBlindedTrial');
  if (masking === 'TRIPLE' || masking === 'QUADRUPLE') out.push('TripleBlindedTrial');
  if (locations > 1) out.push('MultiCenterTrial');
  if (locations === 1) out.push('SingleCenterTrial');
  return out.map((value) => `https://schema.org/${value}`);
}

/** The JSON-LD object for a study, or `undefined` for a record without a title. */
export function medicalTrialOf(study: unknown, nct: NctId): Record<string, unknown> | undefined {
  const protocol = record(record(study)['protocolSection']);
  const identification = record(protocol['identificationModule']);
  const status = record(protocol['statusModule']);
  const design = record(protocol['designModule']);
  const name = text(identification['briefTitle']) ?? text(identification['officialTitle']);
  if (name === undefined) return undefined;
  const official = text(identification['officialTitle']);
  const acronym = text(identification['acronym']);
  const brief = text(record(protocol['descriptionModule'])['briefSummary']);
  const sponsor = text(
    record(record(protocol['sponsorCollaboratorsModule'])['leadSponsor'])['name'],
  );
  const conditions = texts(record(protocol['conditionsModule'])['conditions']);
  const phases = texts(design['phases'])
    .map((phase) => own(PHASE, phase))
    .filter((phase): phase is string => phase !== undefined);
  const locations = Array.isArray(record(protocol['contactsLocationsModule'])['locations'])
    ? (record(protocol['contactsLocationsModule'])['locations'] as unknown[]).length
    : 0;
  const statusCode = text(status['overallStatus']);
  const trialDesign = designOf(design, locations);
  const alternateName = [official, acronym].filter(
    (value): value is string => value !== undefined && value !== name,
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalTrial',
    name,
    identifier: nct,
    url: studyPageUrl(nct),
    ...(alternateName.length > 0 ? { alternateName } : {}),
    ...(brief ? { description: markdownToText(brief) } : {}),
    ...(own(STATUS, statusCode) ? { status: `https://schema.org/${own(STATUS, statusCode)}` } : {}),
    ...(phases.length > 0 ? { phase: phases.join(', ') } : {}),
    ...(trialDesign.length > 0 ? { trialDesign } : {}),
    ...(conditions.length > 0
      ? { healthCondition: conditions.map((c) => ({ '@type': 'MedicalCondition', name: c })) }
      : {}),
    ...(sponsor ? { sponsor: { '@type': 'Organization', name: sponsor } } : {}),
  };
}

/**
 * The object as the text of a JSON-LD script: `<` is escaped, so no record text can close the script
 * element or open a comment in it.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
