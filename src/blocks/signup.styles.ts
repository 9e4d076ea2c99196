/**
 * Signup block ("Get updates"): the e-mail field, topic and consent checkboxes, the honeypot, field errors
 * and the sending status. The RSS follow links are a shared plain list.
 */
import { css } from 'lit';

export const signupStyles = css`
  .field {
    margin-bottom: var(--_space);
  }
  .field label {
    display: block;
    font-weight: 600;
  }
  .field input[type='email'] {
    font: inherit;
    width: 100%;
    max-width: 28rem;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: 0.4em;
    background: var(--_bg);
    color: inherit;
  }
  /* After .field: a ".field.check" takes the checkbox row's margins. */
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5em;
    align-items: start;
    margin: 0.35em 0;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.2em;
  }
  .field .check label,
  .field.check label {
    font-weight: normal;
  }
  .check .field-error {
    grid-column: 2;
  }
  fieldset.topics {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  fieldset.topics legend {
    font-weight: 600;
    padding: 0;
  }
  /* The honeypot: out of sight and out of the tab order; only robots fill it in. */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .signup-status.failed {
    color: var(--_stop);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_stop) !important;
  }
  .field-error {
    color: var(--_stop);
    font-weight: 600;
  }
`;
