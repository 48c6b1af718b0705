import type { UserDefaultAuthenticationMethod } from '@microsoft/microsoft-graph-types';
import { pickWeighted, unitFloat } from './seeded-random';
import { GenerateSpec } from './tenant-input.schema';
import { SALT } from './user-traits';

const SECONDARY: Readonly<Record<string, UserDefaultAuthenticationMethod>> = {
  microsoftAuthenticatorPush: 'push',
  softwareOneTimePasscode: 'oath',
  mobilePhone: 'sms',
};

const SYSTEM_PREFERRED: Readonly<Record<string, string>> = {
  fido2: 'Fido2',
  windowsHelloForBusiness: 'Fido2',
  microsoftAuthenticatorPush: 'Push',
  softwareOneTimePasscode: 'Oath',
  mobilePhone: 'Sms',
};

/** MFA-registered users get a weighted primary method, some also a phone; others at most an SSPR email. */
export function registeredMethods(spec: GenerateSpec, index: number, isMfaRegistered: boolean): string[] {
  if (!isMfaRegistered) return unitFloat(spec.seed, index, SALT.ssprOnly) < 0.25 ? ['email'] : [];
  const primary = pickWeighted(Object.entries(spec.methods), unitFloat(spec.seed, index, SALT.method));
  const addPhone = primary !== 'mobilePhone' && unitFloat(spec.seed, index, SALT.secondMethod) < 0.4;
  return addPhone ? [primary, 'mobilePhone'] : [primary];
}

export function preferredSecondaryMethod(methods: readonly string[]): UserDefaultAuthenticationMethod {
  return SECONDARY[methods[0] ?? ''] ?? 'none';
}

export function systemPreferredMethods(methods: readonly string[]): string[] {
  const preferred = SYSTEM_PREFERRED[methods[0] ?? ''];
  return preferred ? [preferred] : [];
}
