import { ConnectionMode } from '@trueconfig/common';
import { randomUUID } from 'node:crypto';
import { ConnectionOutcome } from '../connection-tests/connection-outcome';
import { tenantStatusFor } from '../tenants/tenant-status';
import { TenantEntity } from '../tenants/tenant.entity';

/** A tenant connected through TrueConfig's own app: no secret of its own is stored. */
export function consentedTenant(orgId: string, displayName: string, outcome: ConnectionOutcome, existing: TenantEntity | null): TenantEntity {
  const now = new Date();
  return Object.assign(new TenantEntity(), {
    id: existing?.id ?? randomUUID(),
    orgId,
    displayName: existing?.displayName ?? displayName,
    directoryTenantId: outcome.tested.directoryTenantId,
    clientId: outcome.tested.clientId,
    status: tenantStatusFor(outcome),
    secretCiphertext: null,
    secretIv: null,
    secretAuthTag: null,
    secretKeyId: null,
    secretVersion: (existing?.secretVersion ?? 0) + 1,
    secretHint: '',
    secretEnteredAt: now,
    secretExpiresAt: null,
    connectionMode: ConnectionMode.ADMIN_CONSENT,
    secretWarningsSent: [],
    lastTokenFailure: null,
    disconnectedAt: null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
}
