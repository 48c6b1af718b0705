import { Inject, Injectable } from '@nestjs/common';
import { checkPermissions } from '../diagnosis/check-permissions';
import { classifyTokenError } from '../diagnosis/classify-token-error';
import { diagnosePermissions } from '../diagnosis/diagnose-permissions';
import { EntraCredential } from '../entra/entra-credential';
import { EntraCredentialFactory } from '../entra/entra-credential.factory';
import { EntraTokenClient } from '../entra/entra-token.client';
import { TenantCredentials } from '../entra/tenant-credentials';
import { ConnectionOutcome } from './connection-outcome';

/**
 * "Save and Test Connection": a fresh credential (so no cached token hides a revoked secret or a
 * changed consent), one Graph token, and each required permission checked against its roles.
 */
@Injectable()
export class ConnectionTester {
  constructor(
    @Inject(EntraCredentialFactory) private readonly credentials: EntraCredentialFactory,
    @Inject(EntraTokenClient) private readonly tokens: EntraTokenClient,
  ) {}

  async test(input: TenantCredentials): Promise<ConnectionOutcome> {
    const tested = { directoryTenantId: input.directoryTenantId, clientId: input.clientId };
    const testedAt = new Date();
    let credential: EntraCredential;
    try {
      credential = this.credentials.create(input);
    } catch (error) {
      const diagnosis = classifyTokenError(error, { secret: input.clientSecret });
      return { tested, tokenAcquired: false, diagnosis, permissions: [], credential: null, testedAt };
    }
    const attempt = await this.tokens.acquire(credential, input.clientSecret);
    if (!attempt.ok) {
      return { tested, tokenAcquired: false, diagnosis: attempt.diagnosis, permissions: [], credential: null, testedAt };
    }
    const permissions = checkPermissions(attempt.token.roles);
    return { tested, tokenAcquired: true, diagnosis: diagnosePermissions(permissions), permissions, credential, testedAt };
  }
}
