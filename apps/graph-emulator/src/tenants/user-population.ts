import type { User, UserRegistrationDetails } from '@microsoft/microsoft-graph-types';
import { FIRST_NAMES, JOB_TITLES, LAST_NAMES, PARTNER_DOMAINS } from './name-pool';
import { registeredMethods, preferredSecondaryMethod, systemPreferredMethods } from './registration-methods';
import { pickOne, seededGuid, unitFloat } from './seeded-random';
import { GenerateSpec } from './tenant-input.schema';
import { computeTenantStats, emptyStats, TenantStats } from './tenant-stats';
import { ExplicitUser, explicitFields, overrideTraits } from './explicit-user.schema';
import { UserChangeLog } from './user-change-log';
import { SALT, UserTraits, userTraits } from './user-traits';

const CREATED_FROM = Date.UTC(2021, 0, 4, 9);
const CREATED_SPAN_MS = 3 * 365 * 86_400_000;
const DAY_MS = 86_400_000;
const PASSWORDLESS = new Set(['fido2', 'windowsHelloForBusiness', 'passKeyDeviceBound', 'microsoftAuthenticatorPasswordless']);

export interface PopulationDomains {
  defaultDomain: string;
  initialDomain: string;
}

/**
 * A tenant's users, never stored: `user(i)` and `registrationDetails(i)` are recomputed on demand,
 * so memory does not grow with the user count.
 */
export class UserPopulation {
  readonly stats: TenantStats;
  readonly changes: UserChangeLog;

  constructor(
    readonly spec: GenerateSpec | undefined,
    private readonly domains: PopulationDomains,
    private readonly referenceTime: Date,
    private readonly explicit: readonly ExplicitUser[] = [],
  ) {
    this.stats = spec ? computeTenantStats(spec.users, (index) => this.traits(index)) : emptyStats();
    this.changes = new UserChangeLog(spec?.users ?? 0, Math.min(spec?.admins ?? 0, spec?.users ?? 0));
  }

  get count(): number {
    return this.spec?.users ?? 0;
  }

  /** Generated traits, overridden by a hand-written user at the same index. */
  traits(index: number): UserTraits {
    return overrideTraits(userTraits(this.requireSpec(index), index), this.explicit[index]);
  }

  /** Administrators are the first `admins` users, or hand-written users marked `isAdmin`. */
  adminIndexes(): number[] {
    const scan = Math.min(this.count, Math.max(this.spec?.admins ?? 0, this.explicit.length));
    return Array.from({ length: scan }, (_, index) => index).filter((index) => this.traits(index).isAdmin);
  }

  user(index: number): User {
    const spec = this.requireSpec(index);
    const traits = this.traits(index);
    const identity = this.identity(spec, index, traits.isGuest);
    return {
      id: seededGuid(spec.seed, index, SALT.id),
      businessPhones: [],
      displayName: `${identity.first} ${identity.last}`,
      givenName: identity.first,
      surname: identity.last,
      jobTitle: this.jobTitle(spec, index, traits.isGuest, traits.isAdmin),
      mail: identity.mail,
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: traits.isGuest ? null : 'en-US',
      userPrincipalName: identity.userPrincipalName,
      accountEnabled: traits.isEnabled,
      userType: traits.isGuest ? 'Guest' : 'Member',
      createdDateTime: isoSeconds(CREATED_FROM + unitFloat(spec.seed, index, SALT.created) * CREATED_SPAN_MS),
      onPremisesSyncEnabled: traits.isSynced ? true : null,
      onPremisesImmutableId: traits.isSynced ? Buffer.from(seededGuid(spec.seed, index, SALT.synced)).toString('base64') : null,
      signInActivity: this.signInActivity(spec, index),
      ...explicitFields(this.explicit[index]),
    };
  }

  registrationDetails(index: number): UserRegistrationDetails {
    const spec = this.requireSpec(index);
    const traits = this.traits(index);
    const user = this.user(index);
    const methods = this.explicit[index]?.methodsRegistered ?? registeredMethods(spec, index, traits.isMfaRegistered);
    return {
      id: user.id,
      userPrincipalName: user.userPrincipalName ?? undefined,
      userDisplayName: user.displayName ?? undefined,
      userType: traits.isGuest ? 'guest' : 'member',
      isAdmin: traits.isAdmin,
      isSsprRegistered: methods.length > 0,
      isSsprEnabled: !traits.isGuest,
      isSsprCapable: !traits.isGuest && methods.length > 0,
      isMfaRegistered: traits.isMfaRegistered,
      isMfaCapable: traits.isMfaRegistered,
      isPasswordlessCapable: methods.some((method) => PASSWORDLESS.has(method)),
      methodsRegistered: methods,
      isSystemPreferredAuthenticationMethodEnabled: true,
      systemPreferredAuthenticationMethods: systemPreferredMethods(methods),
      userPreferredMethodForSecondaryAuthentication: preferredSecondaryMethod(methods),
      lastUpdatedDateTime: isoSeconds(this.referenceTime.getTime()),
    };
  }

  private jobTitle(spec: GenerateSpec, index: number, isGuest: boolean, isAdmin: boolean): string | null {
    const updates = this.changes.updateCount(index);
    if (updates > 0) return `Changed title ${updates}`;
    if (isGuest) return null;
    return isAdmin ? 'IT Administrator' : pickOne(JOB_TITLES, spec.seed, index, SALT.jobTitle);
  }

  private identity(spec: GenerateSpec, index: number, isGuest: boolean) {
    const first = pickOne(FIRST_NAMES, spec.seed, index, SALT.firstName);
    const last = pickOne(LAST_NAMES, spec.seed, index, SALT.lastName);
    const alias = `${first}.${last}${index}`.toLowerCase();
    if (!isGuest) {
      const userPrincipalName = `${alias}@${this.domains.defaultDomain}`;
      return { first, last, userPrincipalName, mail: userPrincipalName };
    }
    const partner = pickOne(PARTNER_DOMAINS, spec.seed, index, SALT.partner);
    const mail = `${alias}@${partner}`;
    return { first, last, mail, userPrincipalName: `${alias}_${partner}#EXT#@${this.domains.initialDomain}` };
  }

  private signInActivity(spec: GenerateSpec, index: number): User['signInActivity'] {
    const stale = unitFloat(spec.seed, index, SALT.stale) < spec.staleSignInRatio;
    const daysAgo = stale ? 91 + unitFloat(spec.seed, index, SALT.signIn) * 300 : unitFloat(spec.seed, index, SALT.signIn) * 30;
    const at = isoSeconds(this.referenceTime.getTime() - daysAgo * DAY_MS);
    return { lastSignInDateTime: at, lastNonInteractiveSignInDateTime: at };
  }

  private requireSpec(index: number): GenerateSpec {
    if (!this.spec || index < 0 || index >= this.spec.users) throw new RangeError(`no user at index ${index}`);
    return this.spec;
  }
}

function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
