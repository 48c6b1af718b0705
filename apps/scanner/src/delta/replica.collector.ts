import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { DatasetDefinition, DatasetPath } from '@trueconfig/controls';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { DatasetRequest, datasetRequestUrl } from '../graph/build-dataset-request';
import { CollectedDataset, collectDataset, PageSender } from '../graph/collect-dataset';
import { TenantSizes } from '../pacing/tenant-sizes';
import { DatasetSource } from '../scan-run/dataset-source';
import { followListing, isExpiredPageToken, LISTING_RESTARTS } from './graph-listing';
import { ReplicaStore, ReplicaSync } from './replica.store';
import { toReplicaChanges } from './replica-changes';

export interface ReplicaScan {
  scanId: string;
  tenantId: string;
  /** A manual "full scan": read everything again, whatever the replica holds. */
  full?: boolean;
  /** Called between Graph pages (e.g. throws once the scan is cancelled). */
  checkpoint?: () => Promise<void>;
}

type OnPage = (rows: unknown[], collected: CollectedDataset) => Promise<void> | void;

/** Replicated datasets and the fields `users/delta` cannot return (Graph refuses them in a delta query). */
const REPLICATED: ReadonlySet<string> = new Set([DatasetPath.Users]);
const NOT_IN_DELTA = ['signInActivity'];
const REPLICA_PAGE = 999;

/**
 * Reads a user-scaled dataset through the tenant's replica. The first read (or a full scan) lists
 * `users/delta` from the start, stores every page and feeds it to the evaluation as it comes, and keeps
 * the delta link; later scans follow the link, apply only the changes, and feed the evaluation from the
 * replica page by page. A listing whose page token expires starts over cleanly; a refused delta link
 * falls back to a full read. Other datasets are read straight from Graph.
 */
@Injectable()
export class ReplicaCollector {
  private readonly logger = new Logger(ReplicaCollector.name);

  constructor(
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    private readonly store: ReplicaStore,
    private readonly sizes: TenantSizes,
  ) {}

  replicates(path: string): boolean {
    return REPLICATED.has(path);
  }

  /** The scan's source for a replicated dataset: Graph (delta or full) into the replica, then the replica into the evaluation. */
  source(scan: ReplicaScan, dataset: DatasetDefinition, request: DatasetRequest): DatasetSource {
    return { dataset, read: (client, onPage, send) => this.collect(scan, client, request, onPage, send) };
  }

  async collect(scan: ReplicaScan, client: Client, request: DatasetRequest, onPage: OnPage, send: PageSender): Promise<CollectedDataset> {
    const dataset = `${request.version}${request.resource}`.replace(/^\/+/, '');
    if (!REPLICATED.has(dataset)) return collectDataset(client, request, onPage, send);
    const selected = request.query.$select ?? '';
    const deltaCapable = !NOT_IN_DELTA.some((field) => selected.split(',').includes(field));
    const state = await this.store.syncState(scan.tenantId, dataset);
    if (!scan.full && deltaCapable && state?.deltaLink && state.selected === selected) {
      const pages = await this.applyChanges(scan, client, dataset, state, send).catch((error: unknown) => this.refusedDelta(error, scan, dataset));
      if (pages > 0) return this.feedFromReplica(scan, dataset, pages, onPage);
    }
    return this.readFull(scan, client, dataset, this.firstUrl(request, deltaCapable), selected, send, onPage);
  }

  /** After a delta: the whole replica, in listing order, one page at a time. */
  private async feedFromReplica(scan: ReplicaScan, dataset: string, graphPages: number, onPage: OnPage): Promise<CollectedDataset> {
    const collected: CollectedDataset = { pages: 0, rows: 0 };
    await this.store.readPages(scan.tenantId, dataset, REPLICA_PAGE, async (rows) => {
      collected.pages++;
      collected.rows += rows.length;
      await onPage(rows, collected);
    });
    this.logger.log({ msg: `${dataset} read through delta sync`, scanId: scan.scanId, graphPages, rows: collected.rows });
    return { pages: graphPages, rows: collected.rows };
  }

  private firstUrl(request: DatasetRequest, deltaCapable: boolean): string {
    if (!deltaCapable) return datasetRequestUrl(this.config.GRAPH_BASE_URL, request);
    const select = request.query.$select;
    return datasetRequestUrl(this.config.GRAPH_BASE_URL, { version: request.version, resource: `${request.resource}/delta`, query: select ? { $select: select } : {} });
  }

  private async applyChanges(scan: ReplicaScan, client: Client, dataset: string, state: ReplicaSync, send: PageSender): Promise<number> {
    let link: string | null = null;
    let position = state.rowCount;
    const pages = await followListing(client, state.deltaLink ?? '', send, async (page) => {
      await scan.checkpoint?.();
      const changes = toReplicaChanges(page.rows);
      await this.store.upsert(scan.tenantId, dataset, scan.scanId, changes.upserts, true, position);
      position += changes.upserts.length;
      await this.store.remove(scan.tenantId, dataset, changes.removals);
      link = page.deltaLink ?? link;
    });
    const rows = await this.store.recordSync(scan.tenantId, dataset, state.selected, link ?? state.deltaLink);
    this.sizes.observe(scan.tenantId, rows);
    return pages;
  }

  /** Graph no longer honours the delta link (expired or reset): read everything again. */
  private refusedDelta(error: unknown, scan: ReplicaScan, dataset: string): number {
    if (!(error instanceof GraphError) || ![400, 404, 410].includes(error.statusCode)) throw error;
    this.logger.warn({ msg: 'delta link refused; reading in full', scanId: scan.scanId, dataset, status: error.statusCode, code: error.code });
    return 0;
  }

  /**
   * Lists the dataset from the start into the replica and feeds each page to the evaluation as it
   * comes (in Graph's order, beside the datasets it is joined with). A listing whose page token expires
   * starts over; rows this scan already stored are not fed twice.
   */
  private async readFull(scan: ReplicaScan, client: Client, dataset: string, firstUrl: string, selected: string, send: PageSender, onPage: OnPage): Promise<CollectedDataset> {
    await this.store.forgetDeltaLink(scan.tenantId, dataset);
    const collected: CollectedDataset = { pages: 0, rows: 0 };
    for (let attempt = 0; ; attempt++) {
      try {
        let link: string | null = null;
        let position = 0;
        await followListing(client, firstUrl, send, async (page) => {
          await scan.checkpoint?.();
          const { upserts } = toReplicaChanges(page.rows);
          const seen = attempt > 0 ? await this.store.seenByScan(scan.tenantId, dataset, scan.scanId, upserts.map((row) => row.id)) : null;
          await this.store.upsert(scan.tenantId, dataset, scan.scanId, upserts, false, position);
          position += upserts.length;
          this.sizes.observe(scan.tenantId, position);
          link = page.deltaLink ?? link;
          const fresh = upserts.filter((row) => !seen?.has(row.id)).map((row) => row.data);
          collected.pages++;
          collected.rows += fresh.length;
          await onPage(fresh, collected);
        });
        await this.store.dropRowsNotFrom(scan.tenantId, dataset, scan.scanId);
        await this.store.recordSync(scan.tenantId, dataset, selected, link);
        return collected;
      } catch (error) {
        if (!isExpiredPageToken(error) || attempt >= LISTING_RESTARTS) throw error;
        this.logger.warn({ msg: 'page token expired mid-listing; starting over', scanId: scan.scanId, dataset, attempt: attempt + 1 });
      }
    }
  }
}
