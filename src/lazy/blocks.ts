/** The blocks below the first screen: what this could mean, who can take part, conditions, places, dates, updates. */
import { provide } from '../lazy.js';
import { renderConditions } from '../blocks/conditions.js';
import { renderDates } from '../blocks/dates.js';
import { renderEligibility } from '../blocks/eligibility.js';
import { renderLocations } from '../blocks/locations.js';
import { renderRisks } from '../blocks/risks.js';
import { renderSignup } from '../blocks/signup.js';

export const blocks = {
  renderRisks,
  renderEligibility,
  renderConditions,
  renderLocations,
  renderDates,
  renderSignup,
};

provide('blocks', blocks);
