import { Inject, Injectable } from '@nestjs/common';
import { badInput, isGuid, NatsRequester, notFound, ScanTrigger, StartScanReply, StartScanRequest, Subject } from '@trueconfig/common';
import { DataSource } from 'typeorm';
import { ScanRunner } from '../scan-run/scan-runner';
import { submitFailed } from './submit-failed.error';
import { toScanDto } from './scan.mapper';
import { ScanStore } from './scan.store';

const TRIGGERS = new Set<string>(Object.values(ScanTrigger));

/**
 * Accepts a scan: the tenant must exist in the caller's organisation (the connector says so), no other
 * scan of it may be active (the database says so; a manual scan waits behind a scheduled one), then the
 * row and the durable job are committed together: the job is stored before the row commits, so no
 * scan is ever left without a job (a job whose row never committed is dropped by the worker).
 */
@Injectable()
export class StartScanHandler {
  constructor(
    private readonly requester: NatsRequester,
    private readonly scans: ScanStore,
    private readonly runner: ScanRunner,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async handle(request: StartScanRequest): Promise<StartScanReply> {
    const trigger = request.trigger ?? ScanTrigger.MANUAL;
    if (!TRIGGERS.has(trigger)) throw badInput('trigger', `trigger must be one of ${[...TRIGGERS].join(', ')}.`);
    if (typeof request.tenantId !== 'string' || !isGuid(request.tenantId)) throw notFound('Tenant', String(request.tenantId));
    await this.requester.request(Subject.GetTenant, { orgId: request.orgId, tenantId: request.tenantId });
    const scan = await this.dataSource.transaction(async (db) => {
      const created = await this.scans.createQueued({ orgId: request.orgId, tenantId: request.tenantId, trigger }, db);
      const job = { scanId: created.id, orgId: created.orgId, tenantId: created.tenantId, trigger, actor: request.actor ?? null, ...(request.full === true ? { full: true } : {}) };
      await this.runner.submit(job).catch((error: unknown) => {
        throw submitFailed(error);
      });
      return created;
    });
    return toScanDto(scan, []);
  }
}
