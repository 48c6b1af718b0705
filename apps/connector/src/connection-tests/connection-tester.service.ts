import { Inject, Injectable } from '@nestjs/common';
import { checkPermissions } from '../diagnosis/check-permissions';
import { classifyTokenError, Diagnosis } from '@trueconfig/common';
import { diagnoseConnection } from '../diagnosis/diagnose-connection';
import { EntraCredential } from '../entra/entra-credential';
import { EntraCredentialFactory } from '../entra/entra-credential.factory';
import { EntraTokenClient } from '../entra/entra-token.client';
import { TenantCredentials } from '../entra/tenant-credentials';
import { adminConsentCheck, permissionChecks, skippedChecks, tokenCheck } from './connection-checks';
import { ConnectionOutcome } from './connection-outcome';
import { GraphChecks } from './graph-checks.service';

const SECRET_HINT_LENGTH = 3;

export interface TestOptions {
  /** False when the secret is TrueConfig's own (admin consent mode): its expiry is not the customer's. */
  customerSecret?: boolean;
}

/**
 * "Save and Test Connection": a fresh credential (so no cached token hides a revoked secret or a
 * changed consent), one Graph token, each required permission checked against its roles, and then
 * Graph itself: a cheap call per permission, the licence tier and the secret's expiry.
 */
@Injectable()
export class ConnectionTester {
  constructor(
    @Inject(EntraCredentialFactory) private readonly credentials: EntraCredentialFactory,
    @Inject(EntraTokenClient) private readonly tokens: EntraTokenClient,
    @Inject(GraphChecks) private readonly graphChecks: GraphChecks,
  ) {}

  async test(input: TenantCredentials, options: TestOptions = {}): Promise<ConnectionOutcome> {
    const tested = { directoryTenantId: input.directoryTenantId, clientId: input.clientId };
    const testedAt = new Date();
    let credential: EntraCredential;
    try {
      credential = this.credentials.create(input);
    } catch (error) {
      return withoutToken(tested, testedAt, classifyTokenError(error, { secret: input.clientSecret }));
    }
    const attempt = await this.tokens.acquire(credential, input.clientSecret);
    if (!attempt.ok) return withoutToken(tested, testedAt, attempt.diagnosis);
    const { roles, accessToken } = attempt.token;
    const permissions = checkPermissions(roles);
    const secretPrefix = options.customerSecret === false ? null : input.clientSecret.slice(0, SECRET_HINT_LENGTH);
    const findings = await this.graphChecks.run(accessToken, permissions, { clientId: input.clientId, secretPrefix });
    return {
      tested,
      tokenAcquired: true,
      diagnosis: diagnoseConnection(permissions, findings),
      permissions,
      credential,
      testedAt,
      adminConsent: roles.length > 0,
      graphReachable: findings.reachable,
      licenceTier: findings.licenceTier,
      secretExpiresAt: findings.secretExpiresAt,
      checks: [tokenCheck(null), ...permissionChecks(permissions), adminConsentCheck(roles), ...findings.checks],
    };
  }
}

function withoutToken(tested: ConnectionOutcome['tested'], testedAt: Date, diagnosis: Diagnosis): ConnectionOutcome {
  return {
    tested,
    tokenAcquired: false,
    diagnosis,
    permissions: [],
    credential: null,
    testedAt,
    adminConsent: null,
    graphReachable: null,
    licenceTier: null,
    secretExpiresAt: null,
    checks: [tokenCheck(diagnosis), ...skippedChecks()],
  };
}
