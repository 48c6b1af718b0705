import { Inject, Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '@trueconfig/common';
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
  constructor(@Inject(SecretCipher) private readonly cipher: SecretCipher) {}

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
}
