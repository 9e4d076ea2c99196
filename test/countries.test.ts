/** Country names in the card's language (the sites filter): from the browser's own region names, no data. */
import { expect } from '@open-wc/testing';
import { countryName } from '../src/i18n/countries.js';

describe('country names in the card’s language', () => {
  const rows: [string, string, string][] = [
    ['Germany', 'es', 'Alemania'],
    ['United States', 'es', 'Estados Unidos'],
    ['spain', 'es-MX', 'España'],
    // The registry's own forms that the browser's English names do not match stay as written.
    ['Korea, Republic of', 'es', 'Korea, Republic of'],
    ['Germany', 'en-GB', 'Germany'],
    ['Atlantis', 'es', 'Atlantis'],
  ];
  for (const [name, locale, expected] of rows) {
    it(`${name} in ${locale}: ${expected}`, () => {
      expect(countryName(name, locale)).to.equal(expected);
    });
  }
});
