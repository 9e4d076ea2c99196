/**
 * What the first screen shows of a study — the header with its "Can I join?" answer and headline, the summary
 * — and the context every rule reads. The blocks below the first screen read the rest (study.ts); the card
 * builds that part with their code, so the first paint does not wait for it. Pure: no DOM, no Lit.
 */
import { parseNctId, type NctId } from '../registry/ids.js';
import type { Study } from '../registry/types.js';
import { record, text } from './guards.js';
import {
  fleschKincaidGrade,
  markdownToText,
  readingLevel,
  type ReadingLevel,
} from './readability.js';
import {
  contextOf,
  headlineOf,
  optional,
  type Context,
  type HeadlineParts,
  type Join,
} from './plain.js';

export interface HeaderView {
  nct: NctId;
  /** The brief title (the official one when there is none, the id when there is neither). */
  title: string;
  /** What a plain-language headline is built from. */
  headline: HeadlineParts;
  /** "Can I join?" */
  join: Join;
  officialTitle?: string;
  acronym?: string;
  /** `overallStatus` code, e.g. `RECRUITING` (unknown codes are kept as they are). */
  status?: string;
  /** `lastKnownStatus`, shown with an `UNKNOWN` status. */
  lastKnownStatus?: string;
  /** Phase codes in the registry's order, e.g. `['PHASE1', 'PHASE2']`. */
  phases: string[];
  studyType?: string;
  sponsor?: string;
}

export interface SummaryView {
  /** CommonMark. */
  brief?: string;
  /** How hard the registry's own summary is to read (Flesch–Kincaid). */
  readability?: { grade: number; level: ReadingLevel };
  /** CommonMark. */
  detailed?: string;
}

export interface FirstScreenView {
  header: HeaderView;
  summary: SummaryView;
  /** What the rules read from the record (facts, risks and trust notes are written from it, see meaning.ts). */
  context: Context;
  hasResults: boolean;
}

/**
 * The first screen's part of a study's view. `nct` is the canonical id the client checked; `now` comes from
 * the element's injectable clock so that date-dependent notes do not change meaning as time passes.
 */
export function firstScreenOf(study: Study, nct: NctId, now: Date): FirstScreenView {
  const root = record(study);
  const protocol = record(root['protocolSection']);
  const identification = record(protocol['identificationModule']);

  // The fields the rules read are parsed once, in contextOf; the header and outlook use the same values.
  const context = contextOf(study, now);
  const { phases, hasResults } = context;
  const statusCode = context.status;

  const header: HeaderView = {
    nct: parseNctId(identification['nctId']) ?? nct,
    title: text(identification['briefTitle']) ?? text(identification['officialTitle']) ?? nct,
    headline: headlineOf(context),
    join: context.join,
    phases,
    ...optional(
      'officialTitle',
      differentFrom(text(identification['officialTitle']), text(identification['briefTitle'])),
    ),
    ...optional('acronym', text(identification['acronym'])),
    ...optional('status', statusCode),
    ...optional('lastKnownStatus', statusCode === 'UNKNOWN' ? context.lastKnownStatus : undefined),
    ...optional('studyType', context.studyType),
    ...optional(
      'sponsor',
      text(record(record(protocol['sponsorCollaboratorsModule'])['leadSponsor'])['name']),
    ),
  };

  const description = record(protocol['descriptionModule']);
  const brief = text(description['briefSummary']);
  const grade = brief === undefined ? undefined : fleschKincaidGrade(markdownToText(brief));
  const summary: SummaryView = {
    ...optional('brief', brief),
    ...optional(
      'readability',
      grade === undefined ? undefined : { grade, level: readingLevel(grade) },
    ),
    ...optional('detailed', text(description['detailedDescription'])),
  };

  return { header, summary, context, hasResults };
}

function differentFrom(value: string | undefined, other: string | undefined): string | undefined {
  return value !== undefined && value !== other ? value : undefined;
}
