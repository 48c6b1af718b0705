import { Inject, Injectable } from '@nestjs/common';
import { AppError, ConnectionMode, ErrorCode } from '@trueconfig/common';
import { CONNECTOR_CONFIG, ConnectorEnv } from '../config/connector-env.schema';
import { TenantCredentials } from '../entra/tenant-credentials';
import { SecretCipher } from '../secrets/secret-cipher.service';
import { SecretCipherException } from '../secrets/secret-cipher.exception';
import { secretHint } from '../secrets/secret-hint';
import { TenantEntity } from './tenant.entity';

type SecretColumns = Pick<
  TenantEntity,
  'secretCiphertext' | 'secretIv' | 'secretAuthTag' | 'secretKeyId' | 'secretHint' | 'secretEnteredAt'
>;

/** Seals a tenant's client secret into its columns and opens it again for a token request. */
@Injectable()
export class TenantSecrets {
  constructor(
    @Inject(SecretCipher) private readonly cipher: SecretCipher,
    @Inject(CONNECTOR_CONFIG) private readonly config: ConnectorEnv,
  ) {}

  seal(tenantId: string, clientSecret: string, enteredAt: Date): SecretColumns {
    const sealed = this.cipher.encrypt(clientSecret, tenantId);
    return {
      secretCiphertext: sealed.ciphertext,
      secretIv: sealed.iv,
      secretAuthTag: sealed.authTag,
      secretKeyId: sealed.keyId,
      secretHint: secretHint(clientSecret),
      secretEnteredAt: enteredAt,
    };
  }

  credentialsOf(tenant: TenantEntity): TenantCredentials {
    if (tenant.connectionMode === ConnectionMode.ADMIN_CONSENT) return this.trueconfigAppCredentials(tenant);
    const { secretCiphertext, secretIv, secretAuthTag, secretKeyId } = tenant;
    if (!secretCiphertext || !secretIv || !secretAuthTag || !secretKeyId) {
      throw new AppError(ErrorCode.NOT_FOUND, `Tenant ${tenant.id} has no stored client secret: reconnect it.`, {
        details: { id: tenant.id },
      });
    }
    try {
      const clientSecret = this.cipher.decrypt(
        { ciphertext: secretCiphertext, iv: secretIv, authTag: secretAuthTag, keyId: secretKeyId },
        tenant.id,
      );
      return { directoryTenantId: tenant.directoryTenantId, clientId: tenant.clientId, clientSecret };
    } catch (error) {
      if (!(error instanceof SecretCipherException)) throw error;
      throw new AppError(ErrorCode.INTERNAL, error.message, { details: { tenantId: tenant.id, keyId: error.keyId } });
    }
  }

  /** Admin consent mode: TrueConfig's own multi-tenant app, in the customer's directory. */
  private trueconfigAppCredentials(tenant: TenantEntity): TenantCredentials {
    const { TRUECONFIG_APP_CLIENT_ID: clientId, TRUECONFIG_APP_CLIENT_SECRET: clientSecret } = this.config;
    if (!clientId || !clientSecret) {
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Admin consent connections are not configured: TRUECONFIG_APP_CLIENT_ID and TRUECONFIG_APP_CLIENT_SECRET are unset.', {
        details: { tenantId: tenant.id },
      });
    }
    return { directoryTenantId: tenant.directoryTenantId, clientId, clientSecret };
  }
}
