/** Contact links from untrusted record text: only what is plainly a phone number or an email address. */

/**
 * A `tel:` URL for a phone number as written in a record ("+1 (617) 555-0100"), with its extension, or
 * `undefined` when the text is not one dialable number (letters, several numbers, too few digits).
 */
export function telHref(phone: string, ext?: string): string | undefined {
  if (!/^\+?[\d\s().\-/]+$/.test(phone.trim())) return undefined;
  const digits = phone.replace(/[^\d+]/g, '');
  const count = digits.replace('+', '').length;
  if (count < 5 || count > 15 || digits.lastIndexOf('+') > 0) return undefined;
  const extension = ext?.replace(/\D/g, '');
  return `tel:${digits}${extension ? `;ext=${extension}` : ''}`;
}

const EMAIL =
  /^[A-Za-z0-9.!#$*+=^_`{|}~'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Whether `value` is a plain email address (no query, no list, nothing a `mailto:` link would expand). */
export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** A `mailto:` URL for a plain email address, or `undefined`. */
export function mailtoHref(email: string): string | undefined {
  return isEmail(email) ? `mailto:${email}` : undefined;
}
