import { ConnectionTestDto } from '@trueconfig/common';
import { ConnectionTestEntity } from './connection-test.entity';

export function toConnectionTestDto(row: ConnectionTestEntity): ConnectionTestDto {
  return {
    id: row.id,
    tenantId: row.tenantId,
    ok: row.ok,
    testedAt: row.testedAt.toISOString(),
    tokenAcquired: row.tokenAcquired,
    entraErrorCode: row.entraErrorCode,
    errorCode: row.errorCode,
    message: row.message,
    remediation: row.remediation,
    permissions: row.permissions,
    adminConsent: row.adminConsent,
    graphReachable: row.graphReachable,
    licenceTier: row.licenceTier,
    secretExpiresAt: row.secretExpiresAt?.toISOString() ?? null,
    checks: row.checks,
  };
}
