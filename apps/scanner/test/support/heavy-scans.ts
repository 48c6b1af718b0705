import { ControlStatus, EvidenceItemDto, ScanStatus, ScanTrigger } from '@trueconfig/common';
import { ENTRA_CATALOG, MAX_EVIDENCE } from '@trueconfig/controls';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ControlResultStore } from '../../src/scan/control-result.store';
import { ScanEntity } from '../../src/scan/scan.entity';

/** Evidence as large as stored evidence gets: MAX_EVIDENCE items of long names on every control. */
function evidence(controlId: string): EvidenceItemDto[] {
  return Array.from({ length: MAX_EVIDENCE }, (_, i) => ({
    kind: 'user',
    id: randomUUID(),
    displayName: `${controlId} evidence user ${i} with a long display name of the kind directories hold`,
    detail: `user${i}@contoso-${controlId.toLowerCase()}.onmicrosoft.com has no MFA method; registered: none, last sign-in 2026-01-01`,
  }));
}

/** One finished scan per tenant, stored as the scanner stores them, every control's result alternating FAIL and PASS. */
export async function seedHeavyScans(dataSource: DataSource, orgId: string, tenantIds: readonly string[]): Promise<string[]> {
  const store = new ControlResultStore(dataSource);
  const scanIds: string[] = [];
  for (const tenantId of tenantIds) {
    const id = randomUUID();
    const now = new Date();
    await dataSource.getRepository(ScanEntity).insert({
      id, orgId, tenantId, status: ScanStatus.SUCCEEDED, trigger: ScanTrigger.SCHEDULED, phase: 'finished', progress: 100, warnings: [], error: null,
      startedAt: now, finishedAt: now, updatedAt: now, queuedBehind: null, cancelRequestedAt: null, attempts: 1, requests: 120, throttled: 3, retries: 3, giveUps: 0,
    });
    await store.saveAll(id, ENTRA_CATALOG.map((control, index) => ({
      controlId: control.id, title: control.title, status: index % 2 ? ControlStatus.PASS : ControlStatus.FAIL, summary: `${control.id} summary`,
      metric: null, affectedCount: 500, evidence: evidence(control.id),
    })));
    scanIds.push(id);
  }
  return scanIds;
}
