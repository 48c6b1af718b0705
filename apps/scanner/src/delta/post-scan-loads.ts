import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@microsoft/microsoft-graph-client';
import { DeltaLinkRounds } from './delta-link-rounds';
import { StagedReadStore } from './staged-read.store';

/** A scan's staged full read of users, to be loaded into the replica once the scan is over. */
export interface PendingLoad {
  tenantId: string;
  scanId: string;
  dataset: string;
  /** Set when the read ended without a delta link (a plain listing with signInActivity): a users/delta round fetches it. */
  deltaUrl: string | null;
}

/**
 * Once a scan has stored its results, its staged full read becomes the replica (and, for a plain listing,
 * a users/delta round fetches the next scan's link), so the per-row work never slows the scan. Failures are
 * only logged: the next read of the tenant loads a waiting staged read itself, or reads in full again.
 */
@Injectable()
export class PostScanLoads {
  private readonly logger = new Logger(PostScanLoads.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly stagedReads: StagedReadStore,
    private readonly deltaLinkRounds: DeltaLinkRounds,
  ) {}

  start(pending: PendingLoad, client: Client): void {
    const run = this.run(pending, client)
      .catch((error: unknown) => this.logger.warn({ msg: 'loading the replica after the scan failed; the next scan catches up', scanId: pending.scanId, error: String(error) }))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** For tests and shutdown: every load started so far has ended, or `graceMs` has passed (true when all ended). */
  async settled(graceMs = Infinity): Promise<boolean> {
    const deadline = Date.now() + graceMs;
    while (this.running.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.min(deadline - Date.now(), 2 ** 31 - 1))));
      await Promise.race([Promise.all([...this.running]), timeout]).finally(() => clearTimeout(timer));
    }
    return this.running.size === 0;
  }

  private async run(pending: PendingLoad, client: Client): Promise<void> {
    const loaded = await this.stagedReads.load(pending.tenantId, pending.dataset);
    if (!loaded || loaded.scanId !== pending.scanId) return;
    this.logger.log({ msg: `${pending.dataset} loaded into the replica`, scanId: pending.scanId, rows: loaded.rowCount });
    if (loaded.deltaLink || !pending.deltaUrl) return;
    const { tenantId, scanId, dataset, deltaUrl } = pending;
    await this.deltaLinkRounds.run({ tenantId, scanId, dataset, deltaUrl, syncedAt: loaded.syncedAt, rowCount: loaded.rowCount }, client);
  }
}
