/**
 * The card's styles, composed in cascade order: tokens (custom properties, the palette), base (host,
 * typography, shared pieces, the card layout), one sheet per block, then media-wide rules (print). A block
 * with no rules of its own (summary, conditions) uses base's shared pieces only.
 */
import { tokens } from './styles/tokens.js';
import { base } from './styles/base.js';
import { media } from './styles/media.js';
import { headerStyles } from './blocks/header.styles.js';
import { risksStyles } from './blocks/risks.styles.js';
import { glanceStyles } from './blocks/glance.styles.js';
import { eligibilityStyles } from './blocks/eligibility.styles.js';
import { timelineStyles } from './blocks/timeline.styles.js';
import { locationsStyles } from './blocks/locations.styles.js';
import { datesStyles } from './blocks/dates.styles.js';
import { signupStyles } from './blocks/signup.styles.js';
import { disclaimerStyles } from './blocks/disclaimer.styles.js';
import { ownWordsStyles } from './blocks/own-words.styles.js';
import { statesStyles } from './blocks/states.styles.js';

const blockStyles = [
  headerStyles,
  risksStyles,
  glanceStyles,
  eligibilityStyles,
  timelineStyles,
  locationsStyles,
  datesStyles,
  signupStyles,
  disclaimerStyles,
  ownWordsStyles,
  statesStyles,
];

export const styles = [tokens, base, ...blockStyles, media];
