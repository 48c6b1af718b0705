import { TenantDto } from '@trueconfig/common';
import { ConnectionTestEntity } from '../connection-tests/connection-test.entity';
import { toConnectionTestDto } from '../connection-tests/to-connection-test-dto';
import { currentSecretWarnings, secretAgeDays } from '../secret-warnings/secret-warnings';
import { TenantEntity } from './tenant.entity';

/** Never the secret: only its hint, when it was entered and when it expires. */
export function toTenantDto(row: TenantEntity, lastTest: ConnectionTestEntity | undefined, now = new Date()): TenantDto {
  const hasSecret = row.secretCiphertext !== null;
  return {
    id: row.id,
    orgId: row.orgId,
    displayName: row.displayName,
    directoryTenantId: row.directoryTenantId,
    clientId: row.clientId,
    status: row.status,
    secretHint: row.secretHint,
    secretEnteredAt: row.secretEnteredAt.toISOString(),
    secretExpiresAt: row.secretExpiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    lastConnectionTest: lastTest ? toConnectionTestDto(lastTest) : null,
    connectionMode: row.connectionMode,
    secretAgeDays: hasSecret ? secretAgeDays(row.secretEnteredAt, now) : null,
    secretWarnings: hasSecret ? currentSecretWarnings(row, now) : [],
    lastTokenFailure: row.lastTokenFailure ?? null,
  };
}
