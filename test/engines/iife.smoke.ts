import { loadScript, smokeSuite } from './smoke.js';

smokeSuite(
  'the one script (dist/trial-summary.iife.js)',
  async () => {
    await loadScript('/dist/trial-summary.iife.js');
    if (!(window as { TrialSummary?: unknown }).TrialSummary)
      throw new Error('no window.TrialSummary');
  },
  true,
);
