import { loadScript, smokeSuite } from './smoke.js';

smokeSuite(
  'the English-only one script (dist/trial-summary.en.iife.js)',
  async () => {
    await loadScript('/dist/trial-summary.en.iife.js');
    if (!(window as { TrialSummary?: unknown }).TrialSummary)
      throw new Error('no window.TrialSummary');
  },
  false,
);
