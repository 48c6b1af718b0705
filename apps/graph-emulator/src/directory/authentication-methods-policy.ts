import type {
  AuthenticationMethodConfiguration,
  AuthenticationMethodFeatureConfiguration,
  AuthenticationMethodsPolicy,
  MicrosoftAuthenticatorAuthenticationMethodConfiguration,
} from '@microsoft/microsoft-graph-types';
import { TenantSettings } from '../tenants/tenant-settings.schema';
import { Typed, typed } from './odata-typed';

type Methods = TenantSettings['authenticationMethods'];
type ApiVersion = 'v1.0' | 'beta';

const ALL_USERS = { targetType: 'group' as const, id: 'all_users' };
const NOBODY = { targetType: 'group' as const, id: '00000000-0000-0000-0000-000000000000' };

/** [Graph id, @odata.type prefix, settings key]. */
const METHODS: ReadonlyArray<readonly [string, string, keyof Methods]> = [
  ['Sms', 'sms', 'sms'],
  ['Voice', 'voice', 'voice'],
  ['Email', 'email', 'email'],
  ['Fido2', 'fido2', 'fido2'],
  ['SoftwareOath', 'softwareOath', 'softwareOath'],
  ['TemporaryAccessPass', 'temporaryAccessPass', 'temporaryAccessPass'],
];

function feature(state: Methods['authenticatorAppContext']): AuthenticationMethodFeatureConfiguration {
  return { state, includeTarget: ALL_USERS, excludeTarget: NOBODY };
}

function authenticator(methods: Methods): Typed<MicrosoftAuthenticatorAuthenticationMethodConfiguration> {
  return typed('microsoftAuthenticatorAuthenticationMethodConfiguration', {
    id: 'MicrosoftAuthenticator',
    state: methods.microsoftAuthenticator,
    excludeTargets: [],
    isSoftwareOathEnabled: false,
    featureSettings: {
      displayAppInformationRequiredState: feature(methods.authenticatorAppContext),
      displayLocationInformationRequiredState: feature(methods.authenticatorLocationContext),
    },
  });
}

function configurations(methods: Methods): Array<Typed<AuthenticationMethodConfiguration>> {
  const simple = METHODS.map(([id, type, key]) =>
    typed(`${type}AuthenticationMethodConfiguration`, { id, state: methods[key] as 'enabled' | 'disabled', excludeTargets: [] }),
  );
  return [authenticator(methods), ...simple];
}

/** Beta also carries `systemCredentialPreferences` (system-preferred MFA, AM-04). */
export function authenticationMethodsPolicy(settings: TenantSettings, version: ApiVersion, modifiedAt: string) {
  const methods = settings.authenticationMethods;
  const policy: AuthenticationMethodsPolicy = {
    id: 'authenticationMethodsPolicy',
    displayName: 'Authentication Methods Policy',
    description: 'The tenant-wide policy that controls which authentication methods are allowed in the tenant.',
    lastModifiedDateTime: modifiedAt,
    policyVersion: '1.5',
    reconfirmationInDays: 0,
    policyMigrationState: methods.policyMigrationState,
    registrationEnforcement: {
      authenticationMethodsRegistrationCampaign: {
        snoozeDurationInDays: 1,
        state: 'default',
        excludeTargets: [],
        includeTargets: [{ id: 'all_users', targetType: 'group', targetedAuthenticationMethod: 'microsoftAuthenticator' }],
      },
    },
    authenticationMethodConfigurations: configurations(methods),
  };
  if (version === 'v1.0') return policy;
  const systemCredentialPreferences = { state: methods.systemPreferred, excludeTargets: [], includeTargets: [{ id: 'all_users', targetType: 'group' }] };
  return { ...policy, systemCredentialPreferences };
}
