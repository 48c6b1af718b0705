import { ConnectionCheckDto, Diagnosis, LicenceTier, PermissionCheckDto } from '@trueconfig/common';
import { EntraCredential } from '../entra/entra-credential';
import { TenantCredentials } from '../entra/tenant-credentials';

/** The result of testing one set of credentials, before it is stored. */
export interface ConnectionOutcome {
  tested: Omit<TenantCredentials, 'clientSecret'>;
  tokenAcquired: boolean;
  diagnosis: Diagnosis;
  /** Empty when no token was acquired: nothing could be checked. */
  permissions: PermissionCheckDto[];
  /** The credential that got the token, worth keeping for the tenant's next token requests. */
  credential: EntraCredential | null;
  testedAt: Date;
  /** The structured diagnosis; null where nothing could be checked. */
  adminConsent: boolean | null;
  graphReachable: boolean | null;
  licenceTier: LicenceTier | null;
  secretExpiresAt: Date | null;
  checks: ConnectionCheckDto[];
}
