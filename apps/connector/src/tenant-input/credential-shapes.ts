import { isGuid } from '@trueconfig/common';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const TOP_LEVEL_LABEL = /^[a-z][a-z0-9-]*[a-z0-9]$/i;
const ID_CHARACTERS = /^[A-Za-z0-9.-]*$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** A verified domain such as contoso.onmicrosoft.com or contoso.com. */
export function isDomainName(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  return labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l)) && TOP_LEVEL_LABEL.test(labels[labels.length - 1]);
}

/**
 * Something typed into an ID field that no ID can contain: spaces, "@", punctuation. IDs are GUIDs
 * or domain names, so such a value is almost always a password or a user name.
 */
export function looksLikePassword(value: string): boolean {
  return !ID_CHARACTERS.test(value);
}

/** The shape of a client secret's ID (a GUID) pasted where its value belongs. */
export function looksLikeSecretId(value: string): boolean {
  return isGuid(value);
}
