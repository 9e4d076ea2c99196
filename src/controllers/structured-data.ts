/**
 * `structured-data`: keeps a schema.org `MedicalTrial` JSON-LD child in the light DOM in step with the study
 * shown. Where the page requires Trusted Types, the script text comes from the policy "trial-summary" (it
 * passes only JSON, which `jsonLd` has made safe); without that policy allowed, no script is written.
 */
import { jsonLd, medicalTrialOf } from '../view-model/structured-data.js';
import type { Loaded } from '../blocks/context.js';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScript(input: string): string },
  ): { createScript(input: string): unknown };
}
let scriptPolicy: { createScript(input: string): unknown } | null | undefined;

/** JSON-LD text as the page allows it into a script element; `undefined` when its policies forbid ours. */
function jsonScript(json: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return json;
  if (scriptPolicy === undefined) {
    try {
      scriptPolicy = trustedTypes.createPolicy('trial-summary', {
        createScript: (input) => JSON.stringify(JSON.parse(input)).replace(/</g, '\\u003c'),
      });
    } catch {
      scriptPolicy = null;
    }
  }
  return scriptPolicy?.createScript(json);
}

/** Writes (or removes) the JSON-LD child of `host` for `loaded` (`undefined`: none). */
export function syncStructuredData(host: HTMLElement, loaded: Loaded | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-trial-summary]');
  const trial = loaded ? medicalTrialOf(loaded.study, loaded.nct) : undefined;
  const json = trial && jsonScript(jsonLd(trial));
  if (json === undefined) {
    script?.remove();
    if (trial)
      console.warn(
        '<trial-summary>: structured-data needs the Trusted Types policy "trial-summary" on this page.',
      );
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['trialSummary'] = '';
    host.append(script);
  }
  script.textContent = json as string;
}
