/** Why a study could not be shown. The names are part of the public `trial-summary-error` contract. */
export type ErrorReason =
  'invalid-id' | 'config' | 'not-found' | 'http' | 'network' | 'timeout' | 'parse' | 'mismatch';

export class RegistryError extends Error {
  override readonly name = 'RegistryError';

  constructor(
    readonly reason: ErrorReason,
    message: string,
    readonly details: { status?: number; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  get status(): number | undefined {
    return this.details.status;
  }

  /** Whether trying the same request again could succeed. */
  get retryable(): boolean {
    switch (this.reason) {
      case 'network':
      case 'timeout':
      case 'parse':
        return true;
      case 'http':
        return (
          this.status === undefined ||
          this.status === 408 ||
          this.status === 429 ||
          this.status >= 500
        );
      default:
        return false;
    }
  }
}

/** True for the rejection a fetch gives when its own caller aborted it. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}
