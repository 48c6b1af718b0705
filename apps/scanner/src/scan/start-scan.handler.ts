import { Injectable } from '@nestjs/common';
import { badInput, isGuid, NatsRequester, notFound, ScanTrigger, StartScanReply, StartScanRequest, Subject } from '@trueconfig/common';
import { ScanRunner } from '../scan-run/scan-runner';
import { toScanDto } from './scan.mapper';
import { ScanStore } from './scan.store';

const TRIGGERS = new Set<string>(Object.values(ScanTrigger));

/**
 * Accepts a scan: the tenant must exist in the caller's organisation (the connector says so), no other
 * scan of it may be active (the database says so), then the scan runs after the reply is sent.
 */
@Injectable()
export class StartScanHandler {
  constructor(
    private readonly requester: NatsRequester,
    private readonly scans: ScanStore,
    private readonly runner: ScanRunner,
  ) {}

  async handle(request: StartScanRequest): Promise<StartScanReply> {
    const trigger = request.trigger ?? ScanTrigger.MANUAL;
    if (!TRIGGERS.has(trigger)) throw badInput('trigger', `trigger must be one of ${[...TRIGGERS].join(', ')}.`);
    if (typeof request.tenantId !== 'string' || !isGuid(request.tenantId)) throw notFound('Tenant', String(request.tenantId));
    await this.requester.request(Subject.GetTenant, { orgId: request.orgId, tenantId: request.tenantId });
    const scan = await this.scans.createRunning({ orgId: request.orgId, tenantId: request.tenantId, trigger });
    this.runner.submit({ scanId: scan.id, orgId: scan.orgId, tenantId: scan.tenantId, trigger, actor: request.actor ?? null });
    return toScanDto(scan, []);
  }
}
