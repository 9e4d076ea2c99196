import { useState } from 'react';
import 'trial-summary'; // registers <trial-summary>
import type {} from 'trial-summary/react'; // types <trial-summary> in JSX
import type { TrialSummaryLoadEvent } from 'trial-summary';

export function StudyCard({ nct, apiBase }: { nct: string; apiBase?: string }) {
  const [title, setTitle] = useState('');
  return (
    <section aria-label={title || nct}>
      <trial-summary
        nct={nct}
        api-base={apiBase}
        layout="card"
        ontrial-summary-load={(event: TrialSummaryLoadEvent) => setTitle(event.detail.title)}
      >
        <a href={`https://clinicaltrials.gov/study/${nct}`}>Study {nct} on ClinicalTrials.gov</a>
      </trial-summary>
    </section>
  );
}
