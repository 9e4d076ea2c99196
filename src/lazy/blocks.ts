/**
 * The blocks below the first screen — what this could mean, who can take part, conditions, places, dates and
 * updates — with their words, their styles, their state (the sites list and the sign-up form) and what they
 * need.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
// Their words first: a block must never render with half a table.
import '../i18n/complete.js';
import { formatters, type Strings } from '../i18n/index.js';
import { lazy, provide, waitingFor } from '../lazy.js';
import type { Section } from '../sections.js';
import { distanceUnit } from '../view-model/sites.js';
import { detailsOf } from '../view-model/study.js';
import type { SignupController, SignupConfig } from '../controllers/signup.js';
import { SitesController } from '../controllers/sites.js';
import type { CardContext, Loaded, Whole } from '../blocks/context.js';
import { renderConditions } from '../blocks/conditions.js';
import { renderDates } from '../blocks/dates.js';
import { renderEligibility } from '../blocks/eligibility.js';
import { renderLocations } from '../blocks/locations.js';
import { renderRisks } from '../blocks/risks.js';
import { renderSignup, signupLinks } from '../blocks/signup.js';
import { blockStyles } from '../blocks/styles.js';

/** What the card tells these blocks' state, read when it is needed. */
export interface PartsOptions {
  /** The study shown, if any. */
  loaded(): Loaded | undefined;
  language(): { locale: string; strings: Strings };
  /** Moves focus to what `selector` finds once the card has rendered. */
  focus(selector: string): void;
  /** The element: the attributes the sign-up and the sites read. */
  attributes: {
    readonly signupAction: string;
    readonly termsHref: string;
    readonly privacyHref: string;
    readonly signupEncoding: 'json' | 'form';
    readonly signupCredentials: 'omit' | 'include';
    readonly distanceUnit: string;
  };
  /** The study shown, and how long a request may take. */
  request(): Pick<SignupConfig, 'nct' | 'timeoutMs'>;
}

export interface Parts {
  sites: SitesController;
  /** The sign-up form's state: made when the form is first shown (its code is here by then). */
  signup(): SignupController | undefined;
  /** A new study, or none: a sign-up on its way is dropped and the form starts again. */
  resetSignup(): void;
  options: PartsOptions;
}

/** The sites list's and the sign-up form's controllers, for one card. */
export function createParts(
  host: ReactiveControllerHost & EventTarget,
  options: PartsOptions,
): Parts {
  const a = options.attributes;
  let signup: SignupController | undefined;
  const config = (): SignupConfig => ({
    ...signupLinks(a.signupAction, a.termsHref, a.privacyHref),
    ...options.language(),
    ...options.request(),
    encoding: a.signupEncoding,
    credentials: a.signupCredentials,
  });
  return {
    options,
    sites: new SitesController(host, {
      sites: () => {
        const loaded = options.loaded();
        return loaded ? wholeOf(loaded).view.contacts.sites : [];
      },
      showing: (count, total) => {
        const { locale, strings } = options.language();
        const f = formatters(locale);
        return strings.contacts.showing(f.number(count), count, f.number(total));
      },
      focus: options.focus,
    }),
    signup() {
      const form = lazy('signupForm');
      if (form) signup ??= new form.SignupController(host, config);
      return signup;
    },
    resetSignup: () => signup?.reset(),
  };
}

/** Each study shown with its whole view model, completed once (the first screen's part came first). */
const wholes = new WeakMap<Loaded, Whole>();
export function wholeOf(loaded: Loaded): Whole {
  let whole = wholes.get(loaded);
  if (!whole) {
    whole = {
      ...loaded,
      view: { ...loaded.view, ...detailsOf(loaded.study, loaded.view.context) },
    };
    wholes.set(loaded, whole);
  }
  return whole;
}

/** One of these blocks. */
export function renderBlock(
  section: Exclude<Section, 'summary'>,
  c: CardContext,
  first: Loaded,
  parts: Parts,
): unknown {
  const loaded = wholeOf(first);
  const { view } = loaded;
  const a = parts.options.attributes;
  switch (section) {
    case 'risks':
      return renderRisks(c, loaded);
    case 'eligibility':
      return renderEligibility(c, view);
    case 'conditions':
      return renderConditions(c, view);
    case 'locations': {
      const unit =
        a.distanceUnit === 'km' || a.distanceUnit === 'mi'
          ? a.distanceUnit
          : distanceUnit(c.locale);
      return renderLocations(c, view, parts.sites, unit);
    }
    case 'dates':
      return renderDates(c, view);
    case 'signup': {
      const links = signupLinks(a.signupAction, a.termsHref, a.privacyHref);
      const form = links.action ? lazy('signupForm') : undefined;
      const signup = form && parts.signup();
      if (form && signup)
        return renderSignup(
          c,
          loaded,
          form.renderForm(c, view.conditions.conditions, signup, links),
        );
      // The block waits for the form's code; if it cannot come, the feeds stand alone.
      if (links.action && waitingFor('signupForm')) c.missing.add('signupForm');
      return renderSignup(c, loaded, nothing);
    }
  }
}

export const blocks = { createParts, renderBlock, styles: blockStyles };

provide('blocks', blocks);
