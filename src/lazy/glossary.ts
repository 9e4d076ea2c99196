/** The glossary: terms found in registry text and their definitions (English; languages add their own). */
import { provide } from '../lazy.js';
import { definitionsFor } from '../glossary/definitions.js';
import { findTerms, glossaryReviewed } from '../glossary/match.js';

provide('glossary', { definitionsFor, findTerms, glossaryReviewed });
