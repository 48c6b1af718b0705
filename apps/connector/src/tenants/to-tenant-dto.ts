import { TenantDto } from '@trueconfig/common';
import { ConnectionTestEntity } from '../connection-tests/connection-test.entity';
import { toConnectionTestDto } from '../connection-tests/to-connection-test-dto';
import { TenantEntity } from './tenant.entity';

/** Never the secret: only its hint and when it was entered. */
export function toTenantDto(row: TenantEntity, lastTest: ConnectionTestEntity | undefined): TenantDto {
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
  };
}
