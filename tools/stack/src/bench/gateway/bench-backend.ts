import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ControlStatus, decodeCursor, encodeCursor, GetScanResultsReply, GetScanResultsRequest, GetTenantRequest, LatestScansRequest,
  ListTenantsReply, ListTenantsRequest, notFound, ScanDto, ScanStatus, ScanSummaryDto, ScanTrigger, Subject, TenantDto, TenantStatus,
} from '@trueconfig/common';
import { startFakeNatsService } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';

/** Tenants with a finished scan of 12 results each: what a dashboard shows. */
export function benchTenants(orgId: string, count: number): { tenants: TenantDto[]; scans: Map<string, ScanDto> } {
  const now = new Date().toISOString();
  const tenants = Array.from({ length: count }, (_, i): TenantDto => ({
    id: randomUUID(), orgId, displayName: `Tenant ${i}`, directoryTenantId: randomUUID(), clientId: randomUUID(), status: TenantStatus.CONNECTED,
    secretHint: '…abc', secretEnteredAt: now, secretExpiresAt: null, createdAt: now, lastConnectionTest: null,
  }));
  const results = Array.from({ length: 12 }, (_, i) => ({
    controlId: `ID-${String(i + 1).padStart(2, '0')}`, title: `Control ${i}`, status: ControlStatus.PASS, summary: 'ok', metric: 97.5, affectedCount: 3, evidence: [],
  }));
  const scans = new Map(tenants.map((t): [string, ScanDto] => [t.id, {
    id: randomUUID(), orgId, tenantId: t.id, status: ScanStatus.SUCCEEDED, trigger: ScanTrigger.SCHEDULED, phase: 'finished', progress: 100,
    startedAt: now, finishedAt: now, warnings: [], results, error: null,
  }]));
  return { tenants, scans };
}

/** The connector's and scanner's read subjects, answered from memory: the gateway's own cost, not theirs. */
export function startBenchBackend(natsUrl: string, tenants: TenantDto[], scans: Map<string, ScanDto>): Promise<INestMicroservice> {
  @Controller()
  class BenchBackendController {
    @MessagePattern(Subject.ListTenants)
    listTenants(@Payload() request: ListTenantsRequest): ListTenantsReply {
      const start = request.after ? Number(decodeCursor(request.after)?.[0]) + 1 : 0;
      const items = tenants.slice(start, start + request.first);
      return { items, hasNextPage: start + items.length < tenants.length, endCursor: items.length ? encodeCursor([start + items.length - 1]) : null };
    }

    @MessagePattern(Subject.GetTenant)
    getTenant(@Payload() request: GetTenantRequest): TenantDto {
      const tenant = tenants.find((t) => t.id === request.tenantId && t.orgId === request.orgId);
      if (!tenant) throw notFound('Tenant', request.tenantId);
      return tenant;
    }

    /** Summaries, as the scanner answers: results come from GetScanResults when a query selects them. */
    @MessagePattern(Subject.LatestScans)
    latestScans(@Payload() request: LatestScansRequest): Array<ScanSummaryDto | null> {
      return request.tenantIds.map((id) => {
        const scan = scans.get(id);
        if (!scan) return null;
        const { results, ...fields } = scan;
        return { ...fields, score: { score: 100, earned: results.length, possible: results.length, judged: results.length, excluded: 0 } };
      });
    }

    @MessagePattern(Subject.GetScanResults)
    scanResults(@Payload() request: GetScanResultsRequest): GetScanResultsReply {
      const byId = new Map([...scans.values()].map((scan) => [scan.id, scan]));
      return { results: request.scanIds.map((id) => byId.get(id)?.results ?? []), next: null };
    }
  }

  @Module({ controllers: [BenchBackendController] })
  class BenchBackendModule {}

  return startFakeNatsService(BenchBackendModule, natsUrl, { queue: 'bench-backend' });
}
