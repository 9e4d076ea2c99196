/** schema.org `MedicalTrial` JSON-LD, for cards with `structured-data`. */
import { provide } from '../lazy.js';
import { syncStructuredData } from '../controllers/structured-data.js';

provide('structuredData', { syncStructuredData });
