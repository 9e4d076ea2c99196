/**
 * The "Get updates" form's state: idle, sending, sent or failed; the field errors; the submission id kept while
 * the reader retries the same sign-up; and the POST (aborted when the study changes or the card leaves the
 * page). Validation of what is sent lives in the pure `signup.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  TrialSummarySignupErrorEvent,
  TrialSummarySignupEvent,
  TrialSummarySignupSuccessEvent,
} from '../events.js';
import type { Strings } from '../i18n/index.js';
import type { NctId } from '../registry/ids.js';
import { encodeSignup, newSubmissionId, type SignupData, type SignupTopic } from '../signup.js';
import { mailtoHref } from '../view-model/links.js';
import type { SignupLinks } from '../blocks/signup.js';

export type SignupState =
  | { step: 'idle' }
  | { step: 'sending' }
  | { step: 'sent'; email: string }
  | { step: 'failed'; reason: 'http' | 'network' | 'timeout'; status?: number };

export interface SignupErrors {
  email?: string;
  topics?: string;
  consent?: string;
}

/** What a sign-up needs from the card, read when the reader sends it. */
export interface SignupConfig extends SignupLinks {
  encoding: 'json' | 'form';
  credentials: 'omit' | 'include';
  /** The study shown, if any. */
  nct: NctId | undefined;
  locale: string;
  strings: Strings;
  /** How long the POST may take before it is given up. */
  timeoutMs: number;
}

export class SignupController implements ReactiveController {
  state: SignupState = { step: 'idle' };
  errors: SignupErrors = {};
  #abort: AbortController | undefined;
  #key = '';
  #submissionId = '';

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly config: () => SignupConfig,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** A new study (or none): any sign-up on the way is dropped and the form starts again. */
  reset(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#set({ step: 'idle' }, {});
  }

  #set(state: SignupState, errors = this.errors): void {
    this.state = state;
    this.errors = errors;
    this.host.requestUpdate();
  }

  submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // While sending, the button only looks disabled (it keeps focus): a second press sends nothing.
    if (this.state.step === 'sending') return;
    const { host } = this;
    const config = this.config();
    const t = config.strings;
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const email = field('email');
    const consent = field('consent');
    const address = email.value.trim();
    const topics: SignupTopic[] = field('topic').checked ? ['study'] : [];
    const conditions = [
      ...form.querySelectorAll<HTMLInputElement>('input[name=condition]:checked'),
    ].map((c) => c.value);
    if (conditions.length > 0) topics.push('condition');

    const errors: SignupErrors = {};
    if (address === '') errors.email = t.signup.missingEmail;
    else if (email.validity.typeMismatch || mailtoHref(address) === undefined)
      errors.email = t.signup.invalidEmail;
    if (topics.length === 0) errors.topics = t.signup.missingTopic;
    if (!consent.checked) errors.consent = t.signup.missingConsent;
    this.#set(this.state, errors);
    if (errors.email || errors.topics || errors.consent) {
      await host.updateComplete;
      (errors.email ? email : errors.topics ? field('topic') : consent).focus();
      return;
    }
    const { nct, action, terms, privacy } = config;
    if (!nct || !action) return;
    // A filled-in honeypot is a robot: thank it, send nothing, and tell the host.
    if (field('trial-summary-extra').value !== '') {
      this.#set({ step: 'sent', email: address });
      host.dispatchEvent(
        new TrialSummarySignupErrorEvent({ nct, submissionId: '', reason: 'spam' }),
      );
      return;
    }

    const key = JSON.stringify([nct, address, topics, conditions]);
    if (key !== this.#key) {
      this.#key = key;
      this.#submissionId = newSubmissionId();
    }
    const data: SignupData = {
      nct,
      email: address,
      topics,
      conditions,
      consent: {
        text: t.signup.consentText(Boolean(terms), Boolean(privacy)),
        links: { ...(terms ? { terms } : {}), ...(privacy ? { privacy } : {}) },
      },
      locale: config.locale,
      submissionId: this.#submissionId,
    };
    if (!host.dispatchEvent(new TrialSummarySignupEvent(data))) {
      // The host handles the sign-up itself.
      this.#set({ step: 'sent', email: address });
      return;
    }
    const result = await this.#post(action, data, config);
    if (!result) return;
    this.#set(
      result instanceof TrialSummarySignupSuccessEvent
        ? { step: 'sent', email: address }
        : {
            step: 'failed',
            // The card's own POST never fails as spam (the honeypot is caught before sending).
            reason: result.detail.reason as 'http' | 'network' | 'timeout',
            ...(result.detail.status === undefined ? {} : { status: result.detail.status }),
          },
    );
    host.dispatchEvent(result);
  };

  /** Posts the sign-up; `undefined` when it was dropped (the study changed, the card left the page). */
  async #post(
    action: string,
    data: SignupData,
    config: SignupConfig,
  ): Promise<TrialSummarySignupSuccessEvent | TrialSummarySignupErrorEvent | undefined> {
    const controller = new AbortController();
    this.#abort = controller;
    this.#set({ step: 'sending' });
    const { body, contentType } = encodeSignup(data, config.encoding === 'form' ? 'form' : 'json');
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.timeoutMs);
    const { nct, submissionId } = data;
    let result: TrialSummarySignupSuccessEvent | TrialSummarySignupErrorEvent;
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
        credentials: config.credentials === 'include' ? 'include' : 'omit',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      result = response.ok
        ? new TrialSummarySignupSuccessEvent({ nct, submissionId, status: response.status })
        : new TrialSummarySignupErrorEvent({
            nct,
            submissionId,
            reason: 'http',
            status: response.status,
          });
    } catch {
      result = new TrialSummarySignupErrorEvent({
        nct,
        submissionId,
        reason: timedOut ? 'timeout' : 'network',
      });
    } finally {
      clearTimeout(timer);
    }
    // A sign-up for a study no longer shown (nct changed, card removed) reports nothing.
    return controller.signal.aborted && !timedOut ? undefined : result;
  }
}
