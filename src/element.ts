/** The package's class-only entry: the element class with every lazy module, registering nothing. */
import './lazy/all.js';

export * from './trial-summary.js';
