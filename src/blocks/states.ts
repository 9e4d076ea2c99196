/** The states before and instead of a study: the loading skeleton and the error message. */
import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import type { Strings } from '../i18n/index.js';
import { RegistryError } from '../registry/errors.js';
import { parseNctId } from '../registry/ids.js';
import type { BlockContext, Loaded } from './context.js';
import { recordLink } from './shared.js';

export function renderSkeleton(): TemplateResult {
  return html`<div part="skeleton" class="skeleton" aria-hidden="true">
    <div class="bone bone-title"></div>
    <div class="bone bone-line"></div>
    <div class="bone bone-line short"></div>
    <div class="bone bone-block"></div>
    <div class="bone bone-line"></div>
    <div class="bone bone-line short"></div>
  </div>`;
}

/** Any failure as the registry error it stands for (what rendering throws counts as unreadable). */
function asRegistryError(error: unknown): RegistryError {
  return error instanceof RegistryError ? error : new RegistryError('parse', String(error));
}

/** What went wrong, in the reader's words: `nct` and `apiBase` as the host gave them. */
export function errorMessage(error: unknown, nct: string, apiBase: string, t: Strings): string {
  const e = asRegistryError(error);
  const raw = nct.trim();
  const id = parseNctId(raw) ?? raw;
  switch (e.reason) {
    case 'invalid-id':
      return t.state.error['invalid-id'](raw);
    case 'config':
      return t.state.error.config(apiBase);
    case 'not-found':
      return t.state.error['not-found'](id);
    case 'mismatch':
      return t.state.error.mismatch(id);
    case 'http':
      return t.state.error.http(e.status);
    default:
      return t.state.error[e.reason];
  }
}

/**
 * What screen readers hear about a state the reader caused (a retry, a new study): loading, the study shown,
 * or what went wrong.
 */
export function announcement(
  study: { status: TaskStatus; value?: Loaded | undefined; error?: unknown },
  nct: string,
  apiBase: string,
  t: Strings,
): string {
  switch (study.status) {
    case TaskStatus.PENDING:
      return t.state.loading(parseNctId(nct) ?? nct);
    case TaskStatus.COMPLETE:
      return study.value ? t.state.loaded(study.value.view.header.title) : '';
    case TaskStatus.ERROR:
      return errorMessage(study.error, nct, apiBase, t);
    default:
      return '';
  }
}

/** The error state: what went wrong, "Try again" when it may help, and the record's page when there is one. */
export function renderError(
  c: BlockContext,
  error: unknown,
  nct: string,
  apiBase: string,
  retry: () => void,
): TemplateResult {
  const { t } = c;
  const e = asRegistryError(error);
  const id = parseNctId(nct);
  const showLink = id !== undefined && e.reason !== 'not-found';
  return html`<div part="error" class="error">
    ${c.h(0, t.state.errorHeading, { className: 'error-heading', focusable: true })}
    <p class="error-message">${errorMessage(e, nct, apiBase, t)}</p>
    ${
      e.retryable || showLink
        ? html`<div class="error-actions">
            ${
              e.retryable
                ? html`<button type="button" class="button retry" @click=${retry}>
                    ${t.state.retry}
                  </button>`
                : nothing
            }
            ${showLink ? recordLink(id, t.state.viewOnRegistry, t) : nothing}
          </div>`
        : nothing
    }
    <slot></slot>
  </div>`;
}
