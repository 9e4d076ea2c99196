/** Every lazy module at once: the one-script build and the package entries have them all from the start. */
import './blocks.js';
import './glossary.js';
import './markup.js';
import './signup-form.js';
import './structured-data.js';
