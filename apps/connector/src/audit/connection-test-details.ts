import { ConnectionTestDto } from '@trueconfig/common';

/** What the sync log keeps of a connection test: codes and permission names, never credentials. */
export function connectionTestDetails(test: ConnectionTestDto): Record<string, unknown> {
  return {
    connectionTestId: test.id,
    ok: test.ok,
    tokenAcquired: test.tokenAcquired,
    errorCode: test.errorCode,
    entraErrorCode: test.entraErrorCode,
    missingPermissions: test.permissions.filter((p) => !p.granted).map((p) => p.name),
  };
}
