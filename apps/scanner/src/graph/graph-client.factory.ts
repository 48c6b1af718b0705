import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from '@microsoft/microsoft-graph-client';
import { GraphMetricsMiddleware, GraphTracingMiddleware } from '@trueconfig/common';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { ReplicaStore } from '../delta/replica.store';
import { GraphBudgetStore } from '../pacing/graph-budget.store';
import { PacingMiddleware } from '../pacing/pacing.middleware';
import { TenantBudget } from '../pacing/tenant-budget';
import { TenantSizes } from '../pacing/tenant-sizes';
import { DatasetPath } from '@trueconfig/controls';
import { AccessTokenSupplier, createGraphClient } from './create-graph-client';
import { CountingMiddleware } from './counting.middleware';
import { EventualCountMiddleware } from './eventual-count.middleware';

/** One scan's Graph client: paced by its tenant's shared budget, then counted on the scan and on /metrics, and traced. */
@Injectable()
export class GraphClientFactory {
  private readonly logger = new Logger(GraphClientFactory.name);

  constructor(
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    private readonly budgets: GraphBudgetStore,
    private readonly sizes: TenantSizes,
    private readonly replicas: ReplicaStore,
  ) {}

  async create(tenantId: string, tokens: AccessTokenSupplier, counting: CountingMiddleware): Promise<Client> {
    // The identity budget follows tenant size: start from the replica's last count, not the smallest tier.
    this.sizes.observe(tenantId, await this.replicas.rowCount(tenantId, DatasetPath.Users));
    const budget = new TenantBudget(this.budgets, tenantId, this.config.GRAPH_LIMIT_SCALE, this.sizes);
    const withoutCount = (path: string, status: number) =>
      this.logger.warn({ msg: 'Graph refused $count; reading on without an expected total (progress shows no percentage)', tenantId, path, status });
    // Counting first, so a listing re-sent without $count is paced like any other request.
    return createGraphClient(
      this.config.GRAPH_BASE_URL,
      tokens,
      new EventualCountMiddleware(withoutCount),
      new PacingMiddleware(budget),
      counting,
      new GraphMetricsMiddleware(),
      new GraphTracingMiddleware(),
    );
  }
}
