import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@microsoft/microsoft-graph-client';
import { classifyDatasetFailure, DatasetUnavailability } from '@trueconfig/controls';
import { buildDatasetRequest } from '../graph/build-dataset-request';
import { collectDataset } from '../graph/collect-dataset';
import { collectorFor, DatasetCollector } from '../graph/dataset-collector';
import { datasetWarning } from '../graph/dataset-warning';
import { toGraphFailure } from '../graph/graph-failure';
import { ScanStore } from '../scan/scan.store';
import { ScanAudit } from './scan-audit';
import { ScanContext } from './scan-context';

/**
 * Reads every dataset the catalog needs and streams its pages into the evaluation. A dataset Graph
 * refuses (403, licence, or any other Graph error after the client's retries) is marked unavailable
 * with a warning; only failures outside Graph's answers (token, database) propagate.
 * Datasets are read one after another for now; issue 5 reads them in parallel within a per-tenant budget.
 */
@Injectable()
export class DatasetReader {
  private readonly logger = new Logger(DatasetReader.name);

  constructor(
    private readonly store: ScanStore,
    private readonly audit: ScanAudit,
  ) {}

  async readAll(context: ScanContext, client: Client): Promise<void> {
    const { evaluation, progress } = context;
    for (const [index, path] of evaluation.datasets.entries()) {
      const collector = collectorFor(path);
      await progress.update('collecting', progress.plan.datasets(index), `Reading ${collector.dataset.label} (${path})`);
      const outcome = await this.readOne(context, client, collector);
      await progress.update('collecting', progress.plan.datasets(index + 1), outcome);
    }
  }

  private async readOne(context: ScanContext, client: Client, collector: DatasetCollector): Promise<string> {
    const { evaluation, progress, job } = context;
    const path = collector.dataset.path;
    try {
      const read = await collectDataset(client, buildDatasetRequest(collector), async (rows) => {
        evaluation.feed(path, rows);
        await progress.heartbeat();
      });
      evaluation.complete(path);
      this.logger.log({ msg: `read ${path}`, scanId: job.scanId, tenantId: job.tenantId, pages: read.pages, rows: read.rows });
      return `Read ${collector.dataset.label}: ${read.rows} rows in ${read.pages} page${read.pages === 1 ? '' : 's'}`;
    } catch (error) {
      const failure = toGraphFailure(error);
      if (!failure) throw error;
      const reason = classifyDatasetFailure(collector.dataset, failure, context.tokens.grantedPermissions);
      evaluation.markUnavailable(path, reason);
      return this.recordUnavailable(context, collector, reason);
    }
  }

  private async recordUnavailable(context: ScanContext, collector: DatasetCollector, reason: DatasetUnavailability): Promise<string> {
    const { job } = context;
    const warning = datasetWarning(collector.dataset, reason);
    context.warnings.push(warning);
    await this.store.addWarning(job.scanId, warning);
    this.logger.warn({
      msg: warning,
      scanId: job.scanId,
      tenantId: job.tenantId,
      dataset: collector.dataset.path,
      status: reason.status,
      graphCode: reason.code,
    });
    await this.audit.datasetUnavailable(job, collector.dataset.path, warning, reason);
    return warning;
  }
}
