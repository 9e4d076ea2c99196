/** The real studies recorded in test/fixtures/studies (see test/fixtures/SOURCES.md). */
export const RECORDED_STUDIES = [
  'NCT00184067',
  'NCT00711542',
  'NCT00763412',
  'NCT00973089',
  'NCT01978912',
  'NCT02210780',
  'NCT02513394',
  'NCT02552212',
  'NCT03318939',
  'NCT03630471',
  'NCT03798535',
  'NCT03934567',
  'NCT04040387',
  'NCT04207047',
  'NCT04267848',
  'NCT04402008',
  'NCT04544683',
  'NCT05144685',
  'NCT05594173',
  'NCT05869903',
  'NCT06097962',
  'NCT06648538',
];

export type Source = 'recorded' | 'live';

export const API_BASES: Record<Source, string> = {
  recorded: '/api/v2',
  live: 'https://clinicaltrials.gov/api/v2',
};

/** The source chosen in the page's URL (`?source=live`), recorded studies by default. */
export function sourceFromUrl(): Source {
  return new URLSearchParams(location.search).get('source') === 'live' ? 'live' : 'recorded';
}
