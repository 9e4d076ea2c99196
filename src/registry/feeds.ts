/** The registry's own RSS feeds, for following a study or a condition without any sign-up. Pure. */
import type { NctId } from './ids.js';

/** The registry's own feed of changes to one study. */
export function studyFeedUrl(nct: NctId): string {
  return `https://clinicaltrials.gov/api/rss?term=${encodeURIComponent(nct)}&dateField=LastUpdatePostDate`;
}

/** The registry's own feed of new studies for a condition. */
export function conditionFeedUrl(condition: string): string {
  return `https://clinicaltrials.gov/api/rss?cond=${encodeURIComponent(condition)}&dateField=StudyFirstPostDate`;
}
