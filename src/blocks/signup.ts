/**
 * "Get updates": the sign-up form (when the host gives `signup-action`; its code, signup-form.ts, comes only
 * then) and the registry's RSS feeds for the study and its conditions.
 */
import { html, type TemplateResult } from 'lit';
import { httpUrl } from '../registry/api-base.js';
import { conditionFeedUrl, studyFeedUrl } from '../registry/feeds.js';
import type { BlockContext, Whole } from './context.js';
import { externalLink } from './shared.js';

/** The host's links, resolved against the page: only http(s) counts; no form without `action`. */
export interface SignupLinks {
  action: string | undefined;
  terms: string | undefined;
  privacy: string | undefined;
}

export function signupLinks(action: string, terms: string, privacy: string): SignupLinks {
  return {
    action: httpUrl(action, document.baseURI),
    terms: httpUrl(terms, document.baseURI),
    privacy: httpUrl(privacy, document.baseURI),
  };
}

/** The block, with `form` (signup-form.ts's, or nothing) above the feeds. */
export function renderSignup(c: BlockContext, loaded: Whole, form: unknown): TemplateResult {
  const { t } = c;
  const conditions = loaded.view.conditions.conditions;
  return html`<section part="signup" class="block signup" aria-labelledby="signup-heading">
    ${c.h(1, t.signup.heading, { id: 'signup-heading' })} ${form} ${c.h(2, t.follow.heading)}
    <p class="muted small">${t.follow.intro}</p>
    <ul class="plain feeds" role="list">
      <li>${externalLink(studyFeedUrl(loaded.nct), t.follow.study, t)}</li>
      ${conditions.map(
        (condition) =>
          html`<li>
            ${externalLink(conditionFeedUrl(condition), t.follow.condition(condition), t)}
          </li>`,
      )}
    </ul>
  </section>`;
}
