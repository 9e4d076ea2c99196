/**
 * Eligibility block: who can take part. Its chips are the shared `.chips` (base.ts); the full rules are a
 * shared "more" disclosure.
 */
import { css } from 'lit';

export const eligibilityStyles = css`
  .eligibility-chips {
    margin-bottom: calc(var(--_space) * 0.5);
  }
`;
