import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, AppErrorPayload, ControlResultDto, ErrorCode, NatsRequester, ScanStatus } from '@trueconfig/common';
import { CONTROL_CATALOG, createEvaluation } from '@trueconfig/controls';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { ConnectorTokenSource } from '../graph/connector-token.source';
import { createGraphClient } from '../graph/create-graph-client';
import { ControlResultStore } from '../scan/control-result.store';
import { ScanStore } from '../scan/scan.store';
import { DatasetReader } from './dataset-reader';
import { countResults, describeOutcome, finalStatus } from './final-status';
import { ProgressPlan } from './progress-plan';
import { ScanAudit } from './scan-audit';
import { ScanContext } from './scan-context';
import { ScanJob } from './scan-job';
import { ScanProgress } from './scan-progress';
import { ScanProgressPublisher } from './scan-progress.publisher';

/**
 * Runs one scan whose row exists: token from the connector, datasets from Graph into the evaluation,
 * results stored, the row finished. It always ends the scan, FAILED with the reason if need be.
 */
@Injectable()
export class ScanExecutor {
  private readonly logger = new Logger(ScanExecutor.name);

  constructor(
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    private readonly requester: NatsRequester,
    private readonly scans: ScanStore,
    private readonly results: ControlResultStore,
    private readonly reader: DatasetReader,
    private readonly audit: ScanAudit,
    private readonly progressPublisher: ScanProgressPublisher,
  ) {}

  async run(job: ScanJob): Promise<void> {
    // Tenant settings (exclusions, thresholds) arrive with issue 6; until then the documented defaults apply.
    const evaluation = createEvaluation(CONTROL_CATALOG);
    const progress = new ScanProgress(job, new ProgressPlan(evaluation.datasets.length), this.scans, this.progressPublisher);
    const context: ScanContext = { job, evaluation, progress, tokens: new ConnectorTokenSource(this.requester, job.tenantId), warnings: [] };
    try {
      this.logger.log({ msg: 'scan started', scanId: job.scanId, tenantId: job.tenantId, trigger: job.trigger });
      await this.audit.started(job);
      await progress.update('token', ProgressPlan.TOKEN, 'Acquiring an access token from the connector');
      await context.tokens.acquire();
      await this.reader.readAll(context, createGraphClient(this.config.GRAPH_BASE_URL, context.tokens));
      await progress.update('evaluating', ProgressPlan.EVALUATING, 'Evaluating controls');
      const results = evaluation.finish();
      await progress.update('storing', ProgressPlan.STORING, 'Storing results');
      await this.results.saveAll(job.scanId, results);
      await this.conclude(context, finalStatus(context.warnings), results, null);
    } catch (error) {
      await this.conclude(context, ScanStatus.FAILED, [], this.failureOf(context, error));
    }
  }

  private async conclude(context: ScanContext, status: ScanStatus, results: ControlResultDto[], error: AppErrorPayload | null): Promise<void> {
    const { job, warnings } = context;
    const summary = describeOutcome(results, warnings);
    await this.scans.finish(job.scanId, status, error);
    context.progress.finished(status, error ? `Scan failed: ${error.message}` : `Scan ${status.toLowerCase()}: ${summary}`);
    this.logger.log({ msg: `scan ${status}`, scanId: job.scanId, tenantId: job.tenantId, summary, errorCode: error?.code });
    await this.audit.finished(job, status, summary, countResults(results), warnings.length, error);
  }

  /** The connector's own diagnosis when the token failed; otherwise an internal error with no internals. */
  private failureOf(context: ScanContext, error: unknown): AppErrorPayload {
    if (context.tokens.failure) return context.tokens.failure.toPayload();
    if (error instanceof AppError) return error.toPayload();
    this.logger.error({ msg: 'scan failed unexpectedly', scanId: context.job.scanId, error: error instanceof Error ? error.stack : String(error) });
    return { code: ErrorCode.INTERNAL, message: 'The scan failed unexpectedly; see the scanner log.' };
  }
}
