/** The sheets of the blocks below the first screen, in cascade order; they travel with the blocks' code. */
import { risksStyles } from './risks.styles.js';
import { glanceStyles } from './glance.styles.js';
import { eligibilityStyles } from './eligibility.styles.js';
import { timelineStyles } from './timeline.styles.js';
import { locationsStyles } from './locations.styles.js';
import { datesStyles } from './dates.styles.js';
import { signupStyles } from './signup.styles.js';

export const blockStyles = [
  risksStyles,
  glanceStyles,
  eligibilityStyles,
  timelineStyles,
  locationsStyles,
  datesStyles,
  signupStyles,
];
