/** Completes the English table with the words below the first screen (en-rest.ts). Pure; loaded with the blocks. */
import { enRest } from './en-rest.js';
import { completeEnglish } from './index.js';

completeEnglish(enRest);
