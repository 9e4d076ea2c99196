import '../src/define.js';
import { API_BASES, sourceFromUrl } from './studies.js';

const params = new URLSearchParams(location.search);
const nct = params.get('nct') ?? '';
const card = document.createElement('trial-summary');
card.setAttribute('api-base', API_BASES[sourceFromUrl()]);
card.setAttribute('signup-action', '/__signup');
card.setAttribute('terms-href', 'https://example.org/terms');
// ?lang=es: the card writes in Spanish (the page around it stays English).
const lang = params.get('lang');
if (lang) card.setAttribute('lang', lang);
// The element itself says when the value is not an NCT number.
card.setAttribute('nct', nct);
document.querySelector('#main')!.append(card);
document.title = `trial-summary — ${nct || 'no study given'}`;
