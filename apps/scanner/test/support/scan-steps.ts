import { AuditEventDto, ScanDto, ScanTrigger, Subject, TERMINAL_SCAN_STATUSES } from '@trueconfig/common';
import { EmulatorTenantInput, waitFor } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { ScannerHarness } from './scanner-harness';

export interface TenantOptions {
  users?: number;
  ratio?: number;
  wrongSecret?: boolean;
  tokenDelayMs?: number;
}

export interface ConnectedTenant {
  id: string;
  directoryTenantId: string;
  stats: { enabledMembers: number; enabledMembersMfaRegistered: number };
}

/** The steps every scanner integration spec takes, over the harness's real NATS and emulator. */
export class ScanSteps {
  constructor(
    private readonly h: ScannerHarness,
    readonly orgId = 'org-a',
  ) {}

  async connectTenant(permissions: string[], options: TenantOptions = {}): Promise<ConnectedTenant> {
    const generated = await this.h.emulator.createTenant({ generate: { users: options.users ?? 200, mfaRegisteredRatio: options.ratio ?? 0.8, seed: 7 } });
    const app = await this.h.emulator.createApp(generated.tenantId, { permissions });
    const id = randomUUID();
    this.h.registry.tenants.set(id, {
      id,
      orgId: this.orgId,
      directoryTenantId: generated.tenantId,
      clientId: app.clientId,
      clientSecret: options.wrongSecret ? `${app.clientSecret}x` : app.clientSecret,
      tokenDelayMs: options.tokenDelayMs,
    });
    return { id, directoryTenantId: generated.tenantId, stats: generated.stats as ConnectedTenant['stats'] };
  }

  /** Connects an emulator tenant built from a full tenant spec (roles, CA kinds, apps, settings). */
  async connectTenantFrom(spec: EmulatorTenantInput, permissions: string[]): Promise<ConnectedTenant> {
    const created = await this.h.emulator.createTenant(spec);
    const app = await this.h.emulator.createApp(created.tenantId, { permissions });
    const id = randomUUID();
    this.h.registry.tenants.set(id, { id, orgId: this.orgId, directoryTenantId: created.tenantId, clientId: app.clientId, clientSecret: app.clientSecret });
    return { id, directoryTenantId: created.tenantId, stats: created.stats as ConnectedTenant['stats'] };
  }

  startScan(tenantId: string, orgId = this.orgId, trigger = ScanTrigger.MANUAL): Promise<ScanDto> {
    return this.h.requester.request(Subject.StartScan, { orgId, actor: 'api-key-1', tenantId, trigger });
  }

  getScan(scanId: string): Promise<ScanDto> {
    return this.h.requester.request(Subject.GetScan, { orgId: this.orgId, scanId });
  }

  async finishedScan(scanId: string, timeoutMs = 30000): Promise<ScanDto> {
    let scan: ScanDto | undefined;
    await waitFor(
      `scan ${scanId} to finish`,
      async () => {
        scan = await this.getScan(scanId);
        return TERMINAL_SCAN_STATUSES.includes(scan.status);
      },
      timeoutMs,
    );
    return scan as ScanDto;
  }

  async auditEvent(scanId: string, code: string): Promise<AuditEventDto | undefined> {
    await waitFor(`audit ${code} of ${scanId}`, async () => (await this.h.audit.drain()).some((e) => e.scanId === scanId && e.code === code), 10000);
    return this.h.audit.events.find((e) => e.scanId === scanId && e.code === code);
  }
}
