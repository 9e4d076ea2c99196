/** Where the CDN build finds its lazy modules and languages: chunks beside the entry. */
import { setLoaders } from './lazy.js';

setLoaders(
  {
    blocks: () => import('./lazy/blocks.js'),
    glossary: () => import('./lazy/glossary.js'),
    markup: () => import('./lazy/markup.js'),
    signupForm: () => import('./lazy/signup-form.js'),
    structuredData: () => import('./lazy/structured-data.js'),
  },
  { es: () => import('./languages/es.js') },
);
