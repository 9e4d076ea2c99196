/** Country names in the card's language (the sites filter): from the browser's own region names, no data. */
import { expect } from '@open-wc/testing';
import { countryName } from '../src/i18n/countries.js';

describe('country names in the card’s language', () => {
  const rows: [string, string, string][] = [
    ['Germany', 'es', 'Alemania'],
    ['United States', 'es', 'Estados Unidos'],
    ['spain', 'es-MX', 'España'],
    // The registry's own forms that the browser's English names write otherwise (reading round 15).
    ['Korea, Republic of', 'es', 'Corea del Sur'],
    ['Turkey (Türkiye)', 'es', 'Turquía'],
    ['Russian Federation', 'es', 'Rusia'],
    // "&" and a curly apostrophe in the browser's English names.
    ['Bosnia and Herzegovina', 'es', 'Bosnia y Herzegovina'],
    ['Trinidad and Tobago', 'es', 'Trinidad y Tobago'],
    ['Germany', 'en-GB', 'Germany'],
    ['Atlantis', 'es', 'Atlantis'],
    ['constructor', 'es', 'constructor'],
  ];
  for (const [name, locale, expected] of rows) {
    it(`${name} in ${locale}: ${expected}`, () => {
      expect(countryName(name, locale)).to.equal(expected);
    });
  }
});
