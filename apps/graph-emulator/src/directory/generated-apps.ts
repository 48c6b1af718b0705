import type { Application, PasswordCredential } from '@microsoft/microsoft-graph-types';
import { seededGuid } from '../tenants/seeded-random';
import { AppRegistrationsSpec } from '../tenants/tenant-input.schema';
import { DAY_MS, isoSeconds } from './odata-typed';

const SALT_APP = 50;
const SALT_APP_ID = 51;
const SALT_SECRET = 52;

type SecretKind = 'normal' | 'expired' | 'expiringSoon' | 'longLived';

/** [start, end] relative to the reference time, in days. */
const SECRET_WINDOWS: Record<SecretKind, readonly [number, number]> = {
  normal: [-30, 150],
  expired: [-400, -35],
  expiringSoon: [-170, 10],
  longLived: [-30, 700],
};

const APP_NAMES = ['HR Portal', 'Expense Sync', 'Intranet', 'Backup Agent', 'Ticketing Bridge', 'Sales Dashboard', 'Build Pipeline'];

function secretKinds(spec: AppRegistrationsSpec): SecretKind[] {
  const repeat = (kind: SecretKind, n: number): SecretKind[] => Array.from({ length: n }, () => kind);
  return [...repeat('normal', spec.count), ...repeat('expired', spec.expiredSecrets), ...repeat('expiringSoon', spec.expiringSoon), ...repeat('longLived', spec.longLivedSecrets)];
}

function secret(kind: SecretKind, seed: number, index: number, referenceMs: number): PasswordCredential {
  const [from, to] = SECRET_WINDOWS[kind];
  return {
    keyId: seededGuid(seed, index, SALT_SECRET),
    displayName: `${kind} secret`,
    hint: seededGuid(seed, index, SALT_SECRET).slice(0, 3),
    startDateTime: isoSeconds(referenceMs + from * DAY_MS),
    endDateTime: isoSeconds(referenceMs + to * DAY_MS),
    customKeyIdentifier: null,
    secretText: null,
  };
}

/** Line-of-business app registrations besides the connector's own, one secret each. */
export function generatedApplications(spec: AppRegistrationsSpec, seed: number, referenceMs: number, publisherDomain: string): Application[] {
  return secretKinds(spec).map((kind, index) => ({
    id: seededGuid(seed, index, SALT_APP),
    appId: seededGuid(seed, index, SALT_APP_ID),
    displayName: `${APP_NAMES[index % APP_NAMES.length]}${index >= APP_NAMES.length ? ` ${Math.floor(index / APP_NAMES.length) + 1}` : ''}`,
    createdDateTime: isoSeconds(referenceMs - (400 + index) * DAY_MS),
    signInAudience: 'AzureADMyOrg',
    publisherDomain,
    keyCredentials: [],
    passwordCredentials: [secret(kind, seed, index, referenceMs)],
    requiredResourceAccess: [],
  }));
}
