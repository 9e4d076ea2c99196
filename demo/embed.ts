/**
 * `embed.html?nct=NCT…&layout=card…`: one card, full page, for sites that can only add an iframe.
 * The address sets the study and how it looks (the same names as the attributes); where it reads studies
 * from and posts sign-ups to come only from this page's own `<meta name="trial-summary:…">` tags.
 */
import '../src/define.js';
import { parseNctId } from '../src/registry/ids.js';
import { optionsFromQuery } from './embed-options.js';

/** Attributes only the host page sets (see the comment in embed.html). */
const PAGE_SETTINGS = [
  'api-base',
  'signup-action',
  'terms-href',
  'privacy-href',
  'signup-encoding',
];

const main = document.querySelector<HTMLElement>('#main')!;
/** The page's one top-level heading, for screen-reader users who jump by headings; the card's title follows. */
const heading = document.createElement('h1');
heading.className = 'visually-hidden';
main.append(heading);
const params = new URLSearchParams(location.search);
const raw = params.get('nct');
const nct = parseNctId(raw);

if (!nct) {
  const message = document.createElement('p');
  message.className = 'problem';
  message.setAttribute('role', 'alert');
  message.textContent =
    raw === null || raw.trim() === ''
      ? 'No study was chosen for this card. Its address needs ?nct= followed by a study’s NCT number, for example ?nct=NCT06097962.'
      : `“${raw.trim()}” is not an NCT number, so no study can be shown. NCT numbers look like NCT06097962.`;
  main.append(message);
  document.title = 'No study to show';
  heading.textContent = document.title;
} else {
  const { attributes, problems } = optionsFromQuery(params);
  for (const problem of problems) console.warn(`embed.html: ${problem} (ignored)`);
  const card = document.createElement('trial-summary');
  for (const name of PAGE_SETTINGS) {
    const value = document.querySelector<HTMLMetaElement>(
      `meta[name="trial-summary:${name}"]`,
    )?.content;
    if (value) card.setAttribute(name, value);
  }
  for (const [name, value] of attributes) {
    // The card writes in its own lang; the page follows it so the whole document is in one language.
    if (name === 'lang') document.documentElement.lang = value;
    else card.setAttribute(name, value);
  }
  card.setAttribute('nct', nct);
  // The card is the whole page: no reason to wait for it to scroll into view.
  if (!card.hasAttribute('loading')) card.setAttribute('loading', 'eager');
  const fallback = document.createElement('a');
  fallback.href = `https://clinicaltrials.gov/study/${nct}`;
  fallback.target = '_blank';
  fallback.rel = 'noopener';
  fallback.textContent = `Study ${nct} on ClinicalTrials.gov`;
  card.append(fallback);
  main.append(card);
  document.title = `Clinical study ${nct} — plain-language summary`;
  heading.textContent = `Clinical study ${nct}`;
  card.addEventListener('trial-summary-load', (event) => {
    document.title = `${event.detail.title} — plain-language summary`;
  });
}
