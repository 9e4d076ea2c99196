/** The markup pipeline (marked, then DOMPurify), for registry text that is not plain paragraphs. */
import { provide } from '../lazy.js';
import { renderMarkup } from '../markup.js';

provide('markup', { renderMarkup });
