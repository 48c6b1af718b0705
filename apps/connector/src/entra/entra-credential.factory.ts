import { Inject, Injectable } from '@nestjs/common';
import { ClientSecretCredential } from '@azure/identity';
import { CONNECTOR_CONFIG, ConnectorEnv } from '../config/connector-env.schema';
import { EntraCredential } from './entra-credential';
import { HttpStatusRecorder } from './http-status-recorder';
import { TenantCredentials } from './tenant-credentials';

/**
 * Builds the real @azure/identity credential. Instance discovery is off: it would call Microsoft's
 * public discovery endpoint even when the authority is the emulator, and fail offline.
 */
@Injectable()
export class EntraCredentialFactory {
  constructor(@Inject(CONNECTOR_CONFIG) private readonly config: ConnectorEnv) {}

  create(credentials: TenantCredentials): EntraCredential {
    const recorder = new HttpStatusRecorder();
    const credential = new ClientSecretCredential(credentials.directoryTenantId, credentials.clientId, credentials.clientSecret, {
      authorityHost: this.config.ENTRA_AUTHORITY_HOST,
      disableInstanceDiscovery: true,
      additionalPolicies: [recorder.policy],
    });
    return { credential, lastHttpStatus: () => recorder.lastStatus };
  }
}
