import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { collectDataset, CollectedDataset, DatasetDefinition, DatasetPath, DatasetRequest, datasetRequestUrl, DatasetSource, PageSender } from '@trueconfig/controls';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { TenantSizes } from '../pacing/tenant-sizes';
import { followListing } from './graph-listing';
import { ReplicaStore, ReplicaSync } from './replica.store';
import { toReplicaChanges } from './replica-changes';
import { readRegistrations } from './registration-replica';
import { ListingRestarts } from './listing-restarts';
import { stageListing } from './staged-listing';
import { StagedPagesStore } from './staged-pages.store';
import { StagedReadStore } from './staged-read.store';
import { ScanReadings } from './scan-readings';
import { signInsFresh, UsersReadPlan, usersReadPlan } from './users-read-plan';

export interface ReplicaScan {
  scanId: string;
  tenantId: string;
  /** A manual "full scan": read everything again, whatever the replica holds. */
  full?: boolean;
  /** Called between Graph pages (e.g. throws once the scan is cancelled). */
  checkpoint?: () => Promise<void>;
  /** Where the scan learns the sign-in data's age (and ID-01's join is counted from this replica). */
  readings?: ScanReadings;
}

type OnPage = (rows: unknown[], collected: CollectedDataset) => Promise<void> | void;

const REPLICATED: ReadonlySet<string> = new Set([DatasetPath.Users, DatasetPath.UserRegistrationDetails]);
const REPLICA_PAGE = 999;

/**
 * Reads the user-scaled datasets through the tenant's replica, so no scan holds them in memory.
 * Users: the first read (or a full scan) lists them from the start, stages every page and feeds it to the
 * evaluation as it comes, loads them into the replica once the scan is over, and keeps a users/delta link;
 * later scans follow the link, apply only the changes and feed the evaluation from the replica page by page. signInActivity, which delta cannot
 * return, is read with a plain listing and kept in the replica until older than
 * SIGN_IN_ACTIVITY_MAX_AGE_HOURS. Registration details have no delta: read in full each scan, fed as they
 * come, their join keys staged for ID-01's join in Postgres. Other datasets are read straight from Graph.
 */
@Injectable()
export class ReplicaCollector {
  private readonly logger = new Logger(ReplicaCollector.name);
  private readonly restarts = new ListingRestarts(this.logger);

  constructor(
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    private readonly store: ReplicaStore,
    private readonly sizes: TenantSizes,
    private readonly staged: StagedPagesStore,
    private readonly stagedReads: StagedReadStore,
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
    if (dataset === DatasetPath.UserRegistrationDetails) return readRegistrations(this.staged, scan, client, datasetRequestUrl(this.config.GRAPH_BASE_URL, request), onPage, send);
    if (!REPLICATED.has(dataset)) return collectDataset(client, request, onPage, send);
    await this.loadWaitingRead(scan, dataset);
    const plan = usersReadPlan(request.query.$select ?? '');
    const state = await this.store.syncState(scan.tenantId, dataset);
    let keptLink: string | null = null;
    // A full scan without sign-ins lists users/delta from the start anyway; otherwise the link is brought up to date first.
    if (state?.deltaLink && state.selected === plan.deltaSelect && !(scan.full && !plan.signIns)) {
      const delta = await this.applyChanges(scan, client, dataset, state, send).catch((error: unknown) => this.refusedDelta(error, scan, dataset));
      const fresh = !plan.signIns || signInsFresh(state.signInsReadAt, this.config.SIGN_IN_ACTIVITY_MAX_AGE_HOURS, new Date());
      if (delta && !scan.full && fresh) {
        if (plan.signIns && scan.readings) scan.readings.signInActivityAsOf = state.signInsReadAt;
        return this.feedFromReplica(scan, dataset, delta.pages, onPage);
      }
      keptLink = delta?.link ?? null;
    }
    return this.readFull(scan, client, dataset, plan, request, keptLink, send, onPage);
  }

  /**
   * A full read an earlier scan staged but did not load (its scanner stopped first) becomes the replica now. One
   * that cannot be loaded is left behind: its link was never kept, so this scan reads in full and stages anew.
   */
  private async loadWaitingRead(scan: ReplicaScan, dataset: string): Promise<void> {
    await this.stagedReads.load(scan.tenantId, dataset).catch((error: unknown) => {
      this.logger.warn({ msg: 'a staged read could not be loaded; reading in full', scanId: scan.scanId, dataset, error: String(error) });
    });
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

  private deltaUrl(request: DatasetRequest, plan: UsersReadPlan): string {
    const query: Record<string, string> = plan.deltaSelect ? { $select: plan.deltaSelect } : {};
    return datasetRequestUrl(this.config.GRAPH_BASE_URL, { version: request.version, resource: `${request.resource}/delta`, query });
  }

  private async applyChanges(scan: ReplicaScan, client: Client, dataset: string, state: ReplicaSync, send: PageSender): Promise<{ pages: number; link: string | null }> {
    let link: string | null = null;
    let position = state.rowCount;
    const pages = await followListing(client, state.deltaLink ?? '', send, async (page) => {
      await scan.checkpoint?.();
      const changes = toReplicaChanges(page.rows);
      await this.store.mergeChanges(scan.tenantId, dataset, scan.scanId, changes.upserts, position);
      position += changes.upserts.length;
      await this.store.remove(scan.tenantId, dataset, changes.removals);
      link = page.deltaLink ?? link;
    });
    const rows = await this.store.recordSync(scan.tenantId, dataset, state.selected, link ?? state.deltaLink);
    this.sizes.observe(scan.tenantId, rows);
    return { pages, link: link ?? state.deltaLink };
  }

  /** Graph no longer honours the delta link (expired or reset): read everything again. */
  private refusedDelta(error: unknown, scan: ReplicaScan, dataset: string): null {
    if (!(error instanceof GraphError) || ![400, 404, 410].includes(error.statusCode)) throw error;
    this.logger.warn({ msg: 'delta link refused; reading in full', scanId: scan.scanId, dataset, status: error.statusCode, code: error.code });
    return null;
  }

  /**
   * Lists users from the start, stages every page and feeds it to the evaluation as it comes; the staged
   * read becomes the replica once the scan is over (PostScanLoads). Without sign-ins the listing is users/delta
   * itself and ends with the next delta link; with them it is a plain listing (delta cannot return
   * signInActivity), and the link is the one just brought up to date or, on a first read, left to a users/delta
   * round run after the load.
   */
  private async readFull(
    scan: ReplicaScan,
    client: Client,
    dataset: string,
    plan: UsersReadPlan,
    request: DatasetRequest,
    keptLink: string | null,
    send: PageSender,
    onPage: OnPage,
  ): Promise<CollectedDataset> {
    const readAt = new Date();
    await this.stagedReads.begin(scan.tenantId, dataset);
    await this.staged.clear(scan.tenantId, dataset);
    const deltaUrl = this.deltaUrl(request, plan);
    const firstUrl = plan.signIns ? datasetRequestUrl(this.config.GRAPH_BASE_URL, request) : deltaUrl;
    const cursor = { page: 0, position: 0 };
    const listed = await this.restarts.run(scan, dataset, (attempt) =>
      stageListing({ staged: this.staged, sizes: this.sizes, scan, dataset, cursor, attempt }, client, firstUrl, send, onPage),
    );
    const link = plan.signIns ? keptLink : listed.link;
    await this.stagedReads.staged(scan.tenantId, dataset, { scanId: scan.scanId, selected: plan.deltaSelect, deltaLink: link, signInsReadAt: plan.signIns ? readAt : null });
    if (scan.readings) {
      if (plan.signIns) scan.readings.signInActivityAsOf = readAt;
      scan.readings.pendingLoad = { tenantId: scan.tenantId, scanId: scan.scanId, dataset, deltaUrl: plan.signIns && !link ? deltaUrl : null };
    }
    return listed.collected;
  }
}
