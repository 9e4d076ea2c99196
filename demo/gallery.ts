import '../src/define.js';
import { en } from '../src/i18n/en.js';
import { parseNctId } from '../src/registry/ids.js';
import { API_BASES, RECORDED_STUDIES, sourceFromUrl, type Source } from './studies.js';

const source = sourceFromUrl();
const apiBase = API_BASES[source];

// The source switch reloads the page with ?source=…
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=source]')) {
  radio.checked = radio.value === source;
  radio.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set('source', radio.value as Source);
    location.href = url.href;
  });
}

// The language switch sets the cards' container's lang: the cards follow it at once, without reloading.
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=lang]')) {
  radio.addEventListener('change', () => {
    document.querySelector<HTMLElement>('#cards')!.lang = radio.value;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('#overview a')) {
      const url = new URL(link.href);
      url.searchParams.set('lang', radio.value);
      link.href = url.href;
    }
  });
}

// Any NCT number: validated here, the typed value kept when it is not one.
const form = document.querySelector<HTMLFormElement>('#pick')!;
const input = form.querySelector<HTMLInputElement>('#nct')!;
const error = form.querySelector<HTMLElement>('#nct-error')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const nct = parseNctId(input.value);
  if (!nct) {
    error.textContent = input.value.trim()
      ? `“${input.value.trim()}” is not an NCT number. They look like NCT01234567.`
      : 'Type an NCT number first, for example NCT06097962.';
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  location.href = `./study.html?nct=${nct}&source=${source}`;
});
input.addEventListener('input', () => {
  error.textContent = '';
  input.removeAttribute('aria-invalid');
});

// The overview: one batched request for the fields it shows.
interface Listed {
  protocolSection: {
    identificationModule: { nctId: string; briefTitle: string };
    statusModule: { overallStatus: string };
    designModule?: { phases?: string[] };
  };
  hasResults?: boolean;
}
const overview = document.querySelector<HTMLTableSectionElement>('#overview')!;
const fields = 'NCTId,BriefTitle,OverallStatus,Phase,HasResults';
fetch(`${apiBase}/studies?filter.ids=${RECORDED_STUDIES.join(',')}&fields=${fields}&pageSize=100`)
  .then((response) =>
    response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`)),
  )
  .then(({ studies }: { studies: Listed[] }) => {
    overview.replaceChildren(
      ...studies.map((study) => {
        const { identificationModule: id, statusModule, designModule } = study.protocolSection;
        const row = document.createElement('tr');
        const cells = [
          id.nctId,
          id.briefTitle,
          en.status[statusModule.overallStatus] ?? statusModule.overallStatus,
          designModule?.phases ? en.phases(designModule.phases.map((p) => en.phase[p] ?? p)) : '—',
          study.hasResults ? 'posted' : 'none',
        ];
        for (const [i, text] of cells.entries()) {
          const cell = document.createElement(i === 0 ? 'th' : 'td');
          if (i === 0) {
            cell.setAttribute('scope', 'row');
            const link = document.createElement('a');
            link.href = `./study.html?nct=${text}&source=${source}`;
            link.textContent = text;
            cell.append(link);
          } else {
            cell.textContent = text;
          }
          row.append(cell);
        }
        return row;
      }),
    );
  })
  .catch((reason: unknown) => {
    overview.innerHTML = '<tr><td colspan="5"></td></tr>';
    overview.querySelector('td')!.textContent =
      `The list could not be loaded (${String(reason)}). The cards below still try on their own.`;
  });

// Every card.
const cards = document.querySelector<HTMLElement>('#cards')!;
for (const nct of RECORDED_STUDIES) {
  const card = document.createElement('trial-summary');
  card.setAttribute('api-base', apiBase);
  card.setAttribute('nct', nct);
  card.setAttribute('signup-action', '/__signup');
  card.setAttribute('terms-href', 'https://example.org/terms');
  card.setAttribute('privacy-href', 'https://example.org/privacy');
  const fallback = document.createElement('a');
  fallback.href = `https://clinicaltrials.gov/study/${nct}`;
  fallback.textContent = `Study ${nct} on ClinicalTrials.gov`;
  card.append(fallback);
  cards.append(card);
}
