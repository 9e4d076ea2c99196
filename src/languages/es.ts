/**
 * Spanish: the card's words and the glossary's definitions. Every entry imports this (through define.ts) except
 * the English-only one-script build, which replaces it with `none.ts` (see vite.config.ts).
 */
import { addDefinitions } from '../glossary/match.js';
import { ES_DEFINITIONS, ES_REVIEWED } from '../glossary/es.js';
import { es } from '../i18n/es.js';
import { registerLanguage } from '../i18n/index.js';

registerLanguage(es);
addDefinitions('es', ES_DEFINITIONS, ES_REVIEWED);
