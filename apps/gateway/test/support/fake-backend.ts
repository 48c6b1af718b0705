import {
  AppError,
  ConnectionTestDto,
  ConnectTenantReply,
  ConnectTenantRequest,
  ConnectorPublicKeyReply,
  createSealKeyPair,
  openSealedSecret,
  parseSealedSecret,
  encodeCursor,
  decodeCursor,
  ErrorCode,
  GetScanRequest,
  GetScanResultsReply,
  GetScanResultsRequest,
  GetTenantRequest,
  LatestScansRequest,
  ListTenantsReply,
  ListTenantsRequest,
  notFound,
  ScanDto,
  ScanStatus,
  ScanSummaryDto,
  StartScanRequest,
  Subject,
  TenantDto,
  TenantStatus,
  TestConnectionRequest,
} from '@trueconfig/common';
import { randomUUID } from 'node:crypto';

export const WRONG_SECRET = 'wrong-secret-value-0123456789';

const INVALID_CREDENTIALS_REMEDIATION = [
  'In Entra admin center, open App registrations and select the app.',
  'Under Certificates & secrets, create a new client secret and copy its Value (not the Secret ID).',
];

/**
 * Stands in for the connector and the scanner: the same subjects, payloads and AppErrors, kept in
 * memory and scoped by organisation as the real services are.
 */
export class FakeBackend {
  readonly tenants = new Map<string, TenantDto>();
  readonly scans = new Map<string, ScanDto>();
  readonly received: Array<{ subject: Subject; payload: unknown }> = [];
  /** As the connector does: the gateway seals each client secret with this key before sending it. */
  private readonly sealKeys = createSealKeyPair('fake-k1');

  connectorPublicKey(): ConnectorPublicKeyReply {
    this.record(Subject.ConnectorPublicKey, {});
    return this.sealKeys.publicKey;
  }

  connectTenant(request: ConnectTenantRequest): ConnectTenantReply {
    this.record(Subject.ConnectTenant, request);
    const sealed = parseSealedSecret(request.input.clientSecret);
    const clientSecret = sealed ? openSealedSecret(sealed, this.sealKeys.privateKey) : request.input.clientSecret;
    if (clientSecret === WRONG_SECRET) {
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'The client secret is not valid for this app registration (AADSTS7000215).', {
        remediation: INVALID_CREDENTIALS_REMEDIATION,
        details: { connectionTest: this.connectionTest(null, false), tenantInternals: 'not for clients' },
      });
    }
    const tenant: TenantDto = {
      id: randomUUID(),
      orgId: request.orgId,
      displayName: request.input.displayName,
      directoryTenantId: request.input.directoryTenantId,
      clientId: request.input.clientId,
      status: TenantStatus.CONNECTED,
      secretHint: `…${clientSecret.slice(-3)}`,
      secretEnteredAt: new Date().toISOString(),
      secretExpiresAt: null,
      createdAt: new Date().toISOString(),
      lastConnectionTest: null,
    };
    tenant.lastConnectionTest = this.connectionTest(tenant.id, true);
    this.tenants.set(tenant.id, tenant);
    return { tenant, connectionTest: tenant.lastConnectionTest };
  }

  testConnection(request: TestConnectionRequest): ConnectionTestDto {
    this.record(Subject.TestConnection, request);
    return this.tenantOf(request.orgId, request.tenantId).lastConnectionTest as ConnectionTestDto;
  }

  getTenant(request: GetTenantRequest): TenantDto {
    this.record(Subject.GetTenant, request);
    return this.tenantOf(request.orgId, request.tenantId);
  }

  listTenants(request: ListTenantsRequest): ListTenantsReply {
    this.record(Subject.ListTenants, request);
    const all = [...this.tenants.values()].filter((t) => t.orgId === request.orgId);
    const start = request.after ? Number(decodeCursor(request.after)?.[0]) + 1 : 0;
    const items = all.slice(start, start + request.first);
    return { items, hasNextPage: start + items.length < all.length, endCursor: items.length ? encodeCursor([start + items.length - 1]) : null };
  }

  startScan(request: StartScanRequest): ScanDto {
    this.record(Subject.StartScan, request);
    const tenant = this.tenantOf(request.orgId, request.tenantId);
    const running = [...this.scans.values()].find((s) => s.tenantId === tenant.id && s.status === ScanStatus.RUNNING);
    if (running) {
      throw new AppError(ErrorCode.SCAN_IN_PROGRESS, 'A scan of this tenant is already running.', { details: { scanId: running.id } });
    }
    const scan: ScanDto = {
      id: randomUUID(), orgId: request.orgId, tenantId: tenant.id, status: ScanStatus.RUNNING, trigger: request.trigger,
      phase: 'queued', progress: 0, startedAt: new Date().toISOString(), finishedAt: null, warnings: [], results: [], error: null,
    };
    this.scans.set(scan.id, scan);
    return scan;
  }

  getScan(request: GetScanRequest): ScanDto {
    this.record(Subject.GetScan, request);
    const scan = this.scans.get(request.scanId);
    if (!scan || scan.orgId !== request.orgId) throw notFound('Scan', request.scanId);
    return scan;
  }

  /** Summaries, as the scanner sends them: the gateway asks GetScanResults when a query selects results. */
  latestScans(request: LatestScansRequest): Array<ScanSummaryDto | null> {
    this.record(Subject.LatestScans, request);
    return request.tenantIds.map((id) => {
      const latest = [...this.scans.values()].reverse().find((s) => s.tenantId === id && s.orgId === request.orgId);
      if (!latest) return null;
      const { results: _results, ...fields } = latest;
      return { ...fields, score: { score: null, earned: 0, possible: 0, judged: 0, excluded: 0 } };
    });
  }

  scanResults(request: GetScanResultsRequest): GetScanResultsReply {
    this.record(Subject.GetScanResults, request);
    const results = request.scanIds.map((id) => {
      const scan = this.scans.get(id);
      return scan?.orgId === request.orgId ? scan.results : [];
    });
    return { results, next: null };
  }

  count(subject: Subject): number {
    return this.received.filter((r) => r.subject === subject).length;
  }

  private tenantOf(orgId: string, tenantId: string): TenantDto {
    const tenant = this.tenants.get(tenantId);
    if (!tenant || tenant.orgId !== orgId) throw notFound('Tenant', tenantId);
    return tenant;
  }

  private connectionTest(tenantId: string | null, ok: boolean): ConnectionTestDto {
    return {
      id: randomUUID(), tenantId, ok, testedAt: new Date().toISOString(), tokenAcquired: ok,
      entraErrorCode: ok ? null : '7000215', errorCode: ok ? null : ErrorCode.INVALID_CREDENTIALS,
      message: ok ? 'Connected.' : 'Invalid client secret.', remediation: ok ? [] : INVALID_CREDENTIALS_REMEDIATION, permissions: [],
    };
  }

  private record(subject: Subject, payload: unknown): void {
    this.received.push({ subject, payload });
  }
}
