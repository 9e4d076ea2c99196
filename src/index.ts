/** The package entry: registers `<trial-summary>` and exports its public API. */
import './define.js';

export { TAG_NAME } from './define.js';
export * from './trial-summary.js';
