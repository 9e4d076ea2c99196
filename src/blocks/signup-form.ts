/**
 * The "Get updates" form: e-mail, topics, consent with the host's terms and privacy links, the honeypot and
 * the sending status. Its state lives in the SignupController; both come only to cards with `signup-action`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SignupController } from '../controllers/signup.js';
import type { BlockContext } from './context.js';
import { externalLink } from './shared.js';
import type { SignupLinks } from './signup.js';

export function renderForm(
  c: BlockContext,
  conditions: string[],
  signup: SignupController,
  { terms, privacy }: SignupLinks,
): TemplateResult {
  const { t } = c;
  const { state, errors } = signup;
  const sending = state.step === 'sending';
  const message =
    state.step === 'sent'
      ? t.signup.success(state.email)
      : state.step === 'failed'
        ? state.reason === 'http'
          ? t.signup.failure.http(state.status)
          : t.signup.failure[state.reason]
        : '';
  const error = (id: string, text: string | undefined) =>
    text ? html`<p id=${id} class="field-error">${text}</p>` : nothing;
  return html`<p>${t.signup.intro}</p>
    <form novalidate @submit=${signup.submit}>
      <div class="field">
        <label for="signup-email">${t.signup.email}</label>
        <input
          id="signup-email"
          name="email"
          type="email"
          autocomplete="email"
          required
          aria-invalid=${errors.email ? 'true' : 'false'}
          aria-describedby=${errors.email ? 'signup-email-error signup-email-hint' : 'signup-email-hint'}
        />
        <p id="signup-email-hint" class="muted small">${t.signup.emailHint}</p>
        ${error('signup-email-error', errors.email)}
      </div>
      <fieldset
        class="field topics"
        aria-describedby=${errors.topics ? 'signup-topics-error' : nothing}
      >
        <legend>${t.signup.topics}</legend>
        <div class="check">
          <input id="signup-topic-study" name="topic" type="checkbox" value="study" checked />
          <label for="signup-topic-study">${t.signup.topicStudy}</label>
        </div>
        ${conditions.map(
          (condition, i) =>
            html`<div class="check">
              <input
                id=${`signup-topic-condition-${i}`}
                name="condition"
                type="checkbox"
                .value=${condition}
              />
              <label for=${`signup-topic-condition-${i}`}
                >${t.signup.topicCondition(condition)}</label
              >
            </div>`,
        )}
        ${error('signup-topics-error', errors.topics)}
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="signup-extra">${t.signup.honeypot}</label>
        <input
          id="signup-extra"
          name="trial-summary-extra"
          type="text"
          tabindex="-1"
          autocomplete="off"
        />
      </div>
      <div class="field check">
        <input
          id="signup-consent"
          name="consent"
          type="checkbox"
          required
          aria-invalid=${errors.consent ? 'true' : 'false'}
          aria-describedby=${errors.consent ? 'signup-consent-error' : nothing}
        />
        <label for="signup-consent" id="signup-consent-label"
          >${t.signup.consent}${terms || privacy ? html` ${t.signup.consentAnd} ` : nothing}${
            terms ? externalLink(terms, t.signup.terms, t) : nothing
          }${terms && privacy ? html` ${t.signup.consentBoth} ` : nothing}${
            privacy ? externalLink(privacy, t.signup.privacy, t) : nothing
          }.</label
        >
        ${error('signup-consent-error', errors.consent)}
      </div>
      <button class="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? t.signup.sending : t.signup.submit}
      </button>
      <p class=${`signup-status ${state.step}`} role="status">${message}</p>
    </form>`;
}
