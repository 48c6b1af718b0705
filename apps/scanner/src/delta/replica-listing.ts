import { Client } from '@microsoft/microsoft-graph-client';
import { CollectedDataset, PageSender } from '@trueconfig/controls';
import { TenantSizes } from '../pacing/tenant-sizes';
import { followListing } from './graph-listing';
import { PipelinedWrites } from './pipelined-writes';
import { ReplicaRow, ReplicaStore } from './replica.store';
import { toReplicaChanges } from './replica-changes';

export interface ReplicaListingTarget {
  store: ReplicaStore;
  sizes: TenantSizes;
  scan: { scanId: string; tenantId: string; checkpoint?: () => Promise<void> };
  dataset: string;
  /** 0 on the first try; a restarted listing (expired page token) does not feed rows this scan already stored. */
  attempt: number;
}

type OnPage = (rows: unknown[], collected: CollectedDataset) => Promise<void> | void;

/** One attempt at a full listing into the replica, each page fed to the evaluation as it comes; its final delta link, if any. */
export async function listIntoReplica(target: ReplicaListingTarget, client: Client, firstUrl: string, send: PageSender, onPage: OnPage) {
  const { store, sizes, scan, dataset, attempt } = target;
  const collected: CollectedDataset = { pages: 0, rows: 0 };
  const writes = new PipelinedWrites();
  let link: string | null = null;
  let position = 0;
  // Into an empty replica rows are only inserted, until one turns out to be there already (listed twice, or written meanwhile).
  let inserting = attempt === 0 && !(await store.holdsRows(scan.tenantId, dataset));
  const write = async (rows: ReplicaRow[], first: number) => {
    if (inserting && (await store.insertNew(scan.tenantId, dataset, scan.scanId, rows, first))) return;
    inserting = false;
    await store.upsert(scan.tenantId, dataset, scan.scanId, rows, false, first);
  };
  await followListing(client, firstUrl, send, async (page) => {
    await scan.checkpoint?.();
    const { upserts } = toReplicaChanges(page.rows);
    // A restarted listing asks what this scan already stored, so every earlier write must have landed.
    const seen = attempt > 0 ? await writes.drain().then(() => store.seenByScan(scan.tenantId, dataset, scan.scanId, upserts.map((row) => row.id))) : null;
    const first = position;
    await writes.push(() => write(upserts, first));
    position += upserts.length;
    sizes.observe(scan.tenantId, position);
    link = page.deltaLink ?? link;
    const fresh = upserts.filter((row) => !seen?.has(row.id)).map((row) => row.data);
    collected.pages++;
    collected.rows += fresh.length;
    await onPage(fresh, collected);
  });
  await writes.drain();
  return { collected, link };
}
