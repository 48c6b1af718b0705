import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from '@microsoft/microsoft-graph-client';
import {
  CatalogDatasetPath,
  classifyDatasetFailure,
  CollectionFacts,
  DatasetDefinition,
  datasetDefinition,
  DatasetPath,
  DatasetSource,
  DatasetUnavailability,
  DEFAULT_BACKOFF,
  defineCollector,
  findCollector,
  getSource,
  licenceGap,
  PageSender,
  ReferencedObjectIds,
  referencedObjectsSource,
  scanDatasetRequest,
  toGraphFailure,
  withBackoff,
} from '@trueconfig/controls';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { datasetWarning } from '../graph/dataset-warning';
import { ReplicaCollector } from '../delta/replica.collector';
import { ScanStore } from '../scan/scan.store';
import { RecordedDataset, DatasetTarget } from './recorded-dataset';
import { runWithLimit } from './run-with-limit';
import { ScanAudit } from './scan-audit';
import { ScanBasics, ScanContext } from './scan-context';
import { observingCount, withRowCount } from './counted-request';
import { LICENCE_DATASET, MAX_DIRECTORY_AUDITS, readingPhases } from './scan-datasets';

/**
 * Reads every dataset the catalog needs, several at once within the scan's (so the tenant's) limit,
 * and streams each page into the evaluation, checking for cancellation between pages. The subscribed
 * SKUs come first (they tell the licence, so datasets above it are not requested); datasets whose
 * request is built from another (CA-12's getByIds) come last. A dataset Graph refuses (403, licence,
 * or any Graph error after every retry) is marked unavailable with a warning; only failures outside
 * Graph's answers (token, database, cancellation) propagate.
 */
@Injectable()
export class DatasetReader {
  private readonly logger = new Logger(DatasetReader.name);

  constructor(
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    private readonly store: ScanStore,
    private readonly audit: ScanAudit,
    private readonly replicas: ReplicaCollector,
  ) {}

  /** Reads the subscribed SKUs ahead of the evaluation; replay the recording into it once created. */
  async readLicenceDataset(basics: ScanBasics, client: Client): Promise<RecordedDataset> {
    const recording = new RecordedDataset(LICENCE_DATASET);
    const dataset = datasetDefinition(LICENCE_DATASET);
    const facts: CollectionFacts = { licence: null, previousScanStartedAt: null };
    const request = scanDatasetRequest(defineCollector(LICENCE_DATASET, { top: dataset.top }), facts);
    if (request) await this.readOne(basics, recording, client, getSource(dataset, request));
    return recording;
  }

  async readAll(context: ScanContext, client: Client): Promise<void> {
    const references = new ReferencedObjectIds();
    const [independent, dependent] = readingPhases(context.evaluation.datasets);
    const read = async (path: DatasetPath) => {
      await context.cancellation.throwIfRequested();
      const outcome = await this.readPath(context, client, path, references);
      await context.progress.datasetRead(path, outcome);
    };
    await runWithLimit(independent, this.config.SCAN_DATASET_CONCURRENCY, read);
    await runWithLimit(dependent, this.config.SCAN_DATASET_CONCURRENCY, read);
    if (context.facts.previousScanStartedAt) await this.readDirectoryAudits(context, client);
  }

  private async readPath(context: ScanContext, client: Client, path: DatasetPath, references: ReferencedObjectIds): Promise<string> {
    const dataset = datasetDefinition(path);
    const gap = licenceGap(dataset, context.facts.licence);
    if (gap) return this.skipForLicence(context, dataset, gap);
    const source = this.sourceFor(context, dataset, references);
    if (!source) return this.notCollected(context, path);
    await context.progress.datasetStarted(path, `Reading ${dataset.label} (${path})`);
    const observe = path === CatalogDatasetPath.ConditionalAccessPolicies ? (rows: unknown[]) => references.observe(rows) : undefined;
    return this.readOne(context, context.evaluation, client, source, observe);
  }

  private sourceFor(context: ScanContext, dataset: DatasetDefinition, references: ReferencedObjectIds): DatasetSource | null {
    if (dataset.path === CatalogDatasetPath.ReferencedDirectoryObjects) return referencedObjectsSource(dataset, references);
    const collector = findCollector(dataset.path);
    if (!collector) return null;
    const request = withRowCount(dataset.path, scanDatasetRequest(collector, context.facts));
    if (request && this.replicas.replicates(dataset.path)) {
      return this.replicas.source({ ...context.job, checkpoint: () => context.cancellation.throwIfRequested(), readings: context.readings }, dataset, request);
    }
    return request ? getSource(dataset, request) : null;
  }

  /** Audits since the previous scan, kept (capped) for drift; no control reads them, so a failure is only logged. */
  private async readDirectoryAudits(context: ScanContext, client: Client): Promise<void> {
    const dataset = datasetDefinition(CatalogDatasetPath.DirectoryAudits);
    const request = scanDatasetRequest(defineCollector(dataset.path, { top: dataset.top }), context.facts);
    if (!request) return;
    const keep = (rows: unknown[]): void => {
      context.directoryAudits.push(...rows.slice(0, Math.max(0, MAX_DIRECTORY_AUDITS - context.directoryAudits.length)));
    };
    try {
      await getSource(dataset, request).read(client, async (rows) => keep(rows), this.sender(context, dataset.path));
    } catch (error) {
      if (!toGraphFailure(error)) throw error;
      this.logger.warn({ msg: 'directory audits not read; drift shows no audit entries', scanId: context.job.scanId, error: String(error) });
    }
  }

  private async readOne(basics: ScanBasics, target: DatasetTarget, client: Client, source: DatasetSource, observe?: (rows: unknown[]) => void): Promise<string> {
    const { progress, job } = basics;
    const { path, label } = source.dataset;
    try {
      const read = await source.read(
        client,
        async (rows, sofar) => {
          observe?.(rows);
          target.feed(path, rows);
          await progress.page(path, label, sofar.pages, sofar.rows);
          await basics.cancellation.throwIfRequested();
        },
        this.sender(basics, path),
      );
      target.complete(path);
      this.logger.log({ msg: `read ${path}`, scanId: job.scanId, tenantId: job.tenantId, pages: read.pages, rows: read.rows });
      return `Read ${label}: ${read.rows} rows in ${read.pages} page${read.pages === 1 ? '' : 's'}`;
    } catch (error) {
      const failure = toGraphFailure(error);
      if (!failure) throw error;
      const reason = classifyDatasetFailure(source.dataset, failure, basics.tokens.grantedPermissions);
      target.markUnavailable(path, reason);
      return this.recordUnavailable(basics, source.dataset, reason);
    }
  }

  /**
   * Our backoff around each page: a 429 is waited out as Retry-After asks until the scan's throttle
   * deadline, 5xx and resets get bounded jittered retries; every wait can be cancelled, and every wait
   * and give-up is counted on the scan and logged.
   */
  private sender(basics: ScanBasics, dataset: string): PageSender {
    const { job, requests, tokens } = basics;
    const policy = { ...DEFAULT_BACKOFF, baseMs: this.config.GRAPH_RETRY_BASE_MS };
    const deadline = basics.startedAt + this.config.SCAN_THROTTLE_DEADLINE_MINUTES * 60_000;
    return (get) =>
      withBackoff(observingCount(get, (rows) => basics.progress.expectRows(dataset, rows)), policy, {
        isTokenFailure: () => tokens.failure !== null,
        deadline,
        checkpoint: () => basics.cancellation.throwIfRequested(),
        onThrottle: ({ attempt, delayMs, retryAfterMs }) => {
          requests.add('retries');
          this.logger.warn({ msg: 'Graph throttled the read, waiting', scanId: job.scanId, dataset, attempt, delayMs, retryAfterMs });
        },
        onRetry: (attempt, delayMs, error) => {
          requests.add('retries');
          this.logger.warn({ msg: 'Graph read failed, retrying', scanId: job.scanId, dataset, attempt, delayMs, error: describe(error) });
        },
        onGiveUp: (error) => {
          requests.add('giveUps');
          this.logger.warn({ msg: 'Graph read given up after retries or past the throttle deadline', scanId: job.scanId, dataset, error: describe(error) });
        },
      });
  }

  /**
   * A dataset above the tenant's licence is not requested: its controls report NOT_APPLICABLE. The
   * tenant lacks a feature, nothing failed, so no warning is added and the scan is not made PARTIAL.
   */
  private skipForLicence(context: ScanContext, dataset: DatasetDefinition, reason: DatasetUnavailability): string {
    context.evaluation.markUnavailable(dataset.path, reason);
    this.logger.log({ msg: `not requested: ${reason.message}`, scanId: context.job.scanId, dataset: dataset.path, licence: context.facts.licence });
    return `Not requested: ${reason.message}`;
  }

  /** A dataset no collector reads yet: unavailable, so its controls degrade instead of the scan failing. */
  private notCollected(context: ScanContext, path: DatasetPath): Promise<string> {
    const reason: DatasetUnavailability = { cause: 'not-collected', message: `${path} is not read by this scanner version` };
    context.evaluation.markUnavailable(path, reason);
    return this.recordUnavailable(context, datasetDefinition(path), reason);
  }

  private async recordUnavailable(basics: ScanBasics, dataset: DatasetDefinition, reason: DatasetUnavailability): Promise<string> {
    const { job } = basics;
    const warning = datasetWarning(dataset, reason);
    if (!basics.warnings.includes(warning)) basics.warnings.push(warning);
    await this.store.addWarning(job.scanId, warning);
    this.logger.warn({ msg: warning, scanId: job.scanId, tenantId: job.tenantId, dataset: dataset.path, status: reason.status, graphCode: reason.code });
    await this.audit.datasetUnavailable(job, dataset.path, warning, reason);
    return warning;
  }
}

function describe(error: unknown): string {
  const status = (error as { statusCode?: number }).statusCode;
  return `${status ?? ''} ${error instanceof Error ? error.message : String(error)}`.trim();
}
