import { Injectable, Logger, Optional } from '@nestjs/common';
import { AppError, AppErrorPayload, ControlResultDto, ErrorCode, NatsRequester, recordScanFinished, recordScanStarted, ScanStatus } from '@trueconfig/common';
import { Client } from '@microsoft/microsoft-graph-client';
import { createEvaluation, licenceTierOf } from '@trueconfig/controls';
import { ConnectorTokenSource } from '../graph/connector-token.source';
import { CountingMiddleware } from '../graph/counting.middleware';
import { GraphClientFactory } from '../graph/graph-client.factory';
import { GraphRequestCounter } from '../graph/graph-request-counts';
import { ControlResultStore } from '../scan/control-result.store';
import { ScanCancelStore } from '../scan/scan-cancel.store';
import { PreviousScanQuery } from '../scan/previous-scan.query';
import { ScanStore } from '../scan/scan.store';
import { TenantSettingsSource } from '../tenant-settings/tenant-settings.source';
import { DirectoryAuditStore } from '../drift/directory-audit.store';
import { MemberRegistrationsQuery } from '../delta/member-registrations.query';
import { ScanReadings } from '../delta/scan-readings';
import { PostScanLoads } from '../delta/post-scan-loads';
import { DatasetReader } from './dataset-reader';
import { countResults, describeOutcome, finalStatus } from './final-status';
import { ProgressPlan } from './progress-plan';
import { ScanAudit } from './scan-audit';
import { ScanCancellation, ScanCancelledError } from './scan-cancellation';
import { ScanBasics, ScanContext } from './scan-context';
import { LICENCE_DATASET, SCAN_CATALOG, SCAN_DATASETS } from './scan-datasets';
import { ScanJob } from './scan-job';
import { ScanProgress } from './scan-progress';
import { ScanProgressPublisher } from './scan-progress.publisher';

/**
 * Runs one scan the worker has claimed (RUNNING): token from the connector, datasets from Graph into
 * the evaluation, results stored, the row finished. It ends the scan, FAILED with the reason if need
 * be, CANCELLED if asked; only a failure to write the end (database down) propagates, so the job is
 * redelivered. Every write is idempotent, so a second attempt of the same scan repeats nothing.
 */
@Injectable()
export class ScanExecutor {
  private readonly logger = new Logger(ScanExecutor.name);

  constructor(
    private readonly requester: NatsRequester,
    private readonly scans: ScanStore,
    private readonly cancels: ScanCancelStore,
    private readonly results: ControlResultStore,
    private readonly reader: DatasetReader,
    private readonly audit: ScanAudit,
    private readonly progressPublisher: ScanProgressPublisher,
    private readonly previousScans: PreviousScanQuery,
    private readonly graphClients: GraphClientFactory,
    private readonly memberRegistrations: MemberRegistrationsQuery,
    private readonly postScanLoads: PostScanLoads,
    // Absent until the tenant-settings feature is wired: every tenant then evaluates with the defaults.
    @Optional() private readonly settings?: TenantSettingsSource,
    @Optional() private readonly directoryAudits?: DirectoryAuditStore,
  ) {}

  /** Runs the scan and records it on /metrics once, whatever its end. */
  async run(job: ScanJob, attempt = 1): Promise<void> {
    const started = Date.now();
    recordScanStarted(job.trigger);
    let outcome = 'RELEASED';
    try {
      outcome = await this.execute(job, attempt);
    } finally {
      recordScanFinished(outcome, job.trigger, Date.now() - started);
    }
  }

  private async execute(job: ScanJob, attempt: number): Promise<string> {
    const context = this.createBasics(job);
    try {
      this.logger.log({ msg: 'scan started', scanId: job.scanId, tenantId: job.tenantId, trigger: job.trigger, attempt });
      await this.audit.started(job);
      await context.progress.update('token', ProgressPlan.TOKEN, 'Acquiring an access token from the connector');
      await context.tokens.acquire();
      const counting = new CountingMiddleware(context.requests, (notice) =>
        this.logger.warn({ msg: 'Graph throttled the scan (429)', scanId: job.scanId, url: notice.url, retryAfter: notice.retryAfter }),
      );
      const client = await this.graphClients.create(job.tenantId, context.tokens, counting);
      const full = await this.prepare(context, client);
      await this.reader.readAll(full, client);
      // ID-01's join runs in Postgres over this scan's users (staged, or the replica after a delta) and registration rows.
      if (full.facts.licence !== 'free') full.readings.setMemberRegistrations(await this.memberRegistrations.count(job.tenantId, job.scanId, full.readings.pendingLoad !== null));
      await context.cancellation.throwIfRequested();
      await context.progress.update('evaluating', ProgressPlan.EVALUATING, 'Evaluating controls');
      const results = full.evaluation.finish();
      await context.progress.update('storing', ProgressPlan.STORING, 'Storing results');
      await this.results.saveAll(job.scanId, results);
      // Audits are read only when there is a previous scan to compare with (drift).
      if (full.facts.previousScanStartedAt) await this.directoryAudits?.save(job.scanId, full.directoryAudits);
      const concluded = await this.conclude(context, finalStatus(context.warnings), results, null);
      // A full read becomes the replica once the results are stored, so the per-row work never slows the scan.
      if (full.readings.pendingLoad && concluded !== 'ENDED_ELSEWHERE') this.postScanLoads.start(full.readings.pendingLoad, client);
      return concluded;
    } catch (error) {
      if (error instanceof ScanCancelledError) return this.conclude(context, ScanStatus.CANCELLED, [], null);
      return this.conclude(context, ScanStatus.FAILED, [], this.failureOf(context, error));
    }
  }

  private createBasics(job: ScanJob): ScanBasics {
    const requests = new GraphRequestCounter();
    const progress = new ScanProgress(job, new ProgressPlan(SCAN_DATASETS.length), this.scans, this.progressPublisher, requests);
    const tokens = new ConnectorTokenSource(this.requester, job.tenantId);
    return { job, progress, tokens, requests, warnings: [], cancellation: new ScanCancellation(job.scanId, this.cancels), startedAt: Date.now() };
  }

  /**
   * The licence first (subscribed SKUs), then the evaluation for it with the tenant's settings, and
   * the previous scan's start (directory audits are read from there).
   */
  private async prepare(basics: ScanBasics, client: Client): Promise<ScanContext> {
    const { job } = basics;
    const skus = await this.reader.readLicenceDataset(basics, client);
    basics.progress.plan.finished(LICENCE_DATASET);
    const licence = skus.completed ? licenceTierOf(skus.rows) : null;
    const settings = this.settings ? await this.settings.forTenant(job.tenantId) : {};
    const readings = new ScanReadings();
    const evaluation = createEvaluation(SCAN_CATALOG, settings, { licence, now: new Date(), memberRegistrations: readings, signInActivityAsOf: () => readings.signInActivityAsOf });
    skus.replayInto(evaluation);
    const previousScanStartedAt = await this.previousScans.startedAt(job.tenantId, job.scanId);
    const facts = { licence, grantedPermissions: basics.tokens.grantedPermissions, previousScanStartedAt };
    this.logger.log({ msg: 'scan prepared', scanId: job.scanId, licence, previousScanStartedAt });
    return { ...basics, evaluation, facts, directoryAudits: [], readings };
  }

  /** Only the attempt that ends the RUNNING row announces the end: a scan finishes exactly once. */
  private async conclude(context: ScanBasics, status: ScanStatus, results: ControlResultDto[], error: AppErrorPayload | null): Promise<string> {
    const { job, warnings } = context;
    const summary = status === ScanStatus.CANCELLED ? 'cancelled by an operator' : describeOutcome(results, warnings);
    await context.progress.flushCounts();
    if (!(await this.scans.finishRunning(job.scanId, status, error))) {
      this.logger.log({ msg: 'scan already ended elsewhere; this attempt stops', scanId: job.scanId, status });
      return 'ENDED_ELSEWHERE';
    }
    await context.progress.finished(status, error ? `Scan failed: ${error.message}` : `Scan ${status.toLowerCase()}: ${summary}`);
    const totals = context.requests.totals;
    this.logger.log({ msg: `scan ${status}`, scanId: job.scanId, tenantId: job.tenantId, summary, errorCode: error?.code, graphRequests: totals });
    await this.audit.finished(job, status, summary, countResults(results), warnings.length, error);
    return status;
  }

  /** The connector's own diagnosis when the token failed; otherwise an internal error with no internals. */
  private failureOf(context: ScanBasics, error: unknown): AppErrorPayload {
    if (context.tokens.failure) return context.tokens.failure.toPayload();
    if (error instanceof AppError) return error.toPayload();
    this.logger.error({ msg: 'scan failed unexpectedly', scanId: context.job.scanId, error: error instanceof Error ? error.stack : String(error) });
    return { code: ErrorCode.INTERNAL, message: 'The scan failed unexpectedly; see the scanner log.' };
  }
}
