import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@microsoft/microsoft-graph-client';
import { withDefaultBackoff } from '@trueconfig/controls';
import { randomUUID } from 'node:crypto';
import { followListing } from './graph-listing';
import { DeltaRoundStore, PendingDeltaRound } from './delta-round.store';
import { PipelinedWrites } from './pipelined-writes';
import { toReplicaChanges } from './replica-changes';

/**
 * A first read with signInActivity is a plain /users listing, which ends without a delta link. The link
 * comes from a users/delta round run once the scan has stored its results, so it never slows the scan:
 * the round (started by PostScanLoads once the read is in the replica) refreshes the rows it sees, drops the
 * ones it does not, and keeps its final link, unless another read of the tenant ran meanwhile. A round that
 * fails or is cut short keeps no link: the next scan then reads users in full and tries again.
 */
@Injectable()
export class DeltaLinkRounds {
  private readonly logger = new Logger(DeltaLinkRounds.name);

  constructor(private readonly store: DeltaRoundStore) {}

  async run(round: PendingDeltaRound, client: Client): Promise<void> {
    const roundId = randomUUID();
    const writes = new PipelinedWrites();
    let link: string | null = null;
    let position = round.rowCount;
    // The Graph client leaves 429s to us: the round waits out throttling and 5xx like a scan's reads.
    const pages = await followListing(client, round.deltaUrl, withDefaultBackoff, async (page) => {
      const { upserts } = toReplicaChanges(page.rows);
      const first = position;
      await writes.push(() => this.store.merge(round, roundId, upserts, first));
      position += upserts.length;
      link = page.deltaLink ?? link;
    });
    await writes.drain();
    const kept = link !== null && (await this.store.complete(round, roundId, link));
    this.logger.log({ msg: kept ? 'users/delta link kept for the next scan' : 'users/delta round superseded; link not kept', scanId: round.scanId, pages });
  }
}
