import { Inject, Injectable } from '@nestjs/common';
import { ClientSecretCredential, TokenCredential } from '@azure/identity';
import { CONNECTOR_CONFIG, ConnectorEnv } from '../config/connector-env.schema';
import { TenantCredentials } from './tenant-credentials';

/**
 * Builds the real @azure/identity credential. Instance discovery is off: it would call Microsoft's
 * public discovery endpoint even when the authority is the emulator, and fail offline.
 */
@Injectable()
export class EntraCredentialFactory {
  constructor(@Inject(CONNECTOR_CONFIG) private readonly config: ConnectorEnv) {}

  create(credentials: TenantCredentials): TokenCredential {
    return new ClientSecretCredential(credentials.directoryTenantId, credentials.clientId, credentials.clientSecret, {
      authorityHost: this.config.ENTRA_AUTHORITY_HOST,
      disableInstanceDiscovery: true,
    });
  }
}
