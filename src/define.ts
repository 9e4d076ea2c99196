/**
 * Registers `<trial-summary>` with everything it can show from the start: Spanish and every lazy module (the
 * one-script build and the package entries). The CDN build registers it from `cdn.ts` instead.
 */
import './languages/es.js';
import './lazy/all.js';

export { TAG_NAME } from './register.js';
