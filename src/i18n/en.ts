/**
 * English: every word the widget writes itself. Registry text is never here; it is shown as it is.
 *
 * The explanations (`meaning`, `risks`, the status and phase explanations) were written for this project from
 * the registry's own definitions and have NOT yet been reviewed by a clinician: `explanationsReviewed` says so,
 * and the card shows `meaning.reviewNote` beside them.
 */
import { enFirst } from './en-first.js';
import { enRest } from './en-rest.js';
import { joinEnglish } from './en-words.js';

/** Every English word: the first screen's and the rest's (`meaning` is in both, see `joinEnglish`). */
export const en = joinEnglish(enFirst, enRest);

export type Strings = typeof en;
