import { Client } from '@microsoft/microsoft-graph-client';
import { CollectedDataset, isEnabledMember, PageSender } from '@trueconfig/controls';
import { TenantSizes } from '../pacing/tenant-sizes';
import { followListing } from './graph-listing';
import { PipelinedWrites } from './pipelined-writes';
import { toReplicaChanges } from './replica-changes';
import { StagedPagesStore } from './staged-pages.store';

export interface StagedListingTarget {
  staged: StagedPagesStore;
  sizes: TenantSizes;
  scan: { scanId: string; tenantId: string; checkpoint?: () => Promise<void> };
  dataset: string;
  /** Where the read stands across attempts: a restarted listing goes on numbering pages and positions. */
  cursor: { page: number; position: number };
  /** 0 on the first try; a restarted listing (expired page token) does not feed rows this scan already staged. */
  attempt: number;
}

type OnPage = (rows: unknown[], collected: CollectedDataset) => Promise<void> | void;

/**
 * One attempt at a full users listing: each page staged whole (its rows and its enabled members, ID-01's
 * join keys) and fed to the evaluation as it comes; the final delta link, if any.
 */
export async function stageListing(target: StagedListingTarget, client: Client, firstUrl: string, send: PageSender, onPage: OnPage) {
  const { staged, sizes, scan, dataset, cursor, attempt } = target;
  const collected: CollectedDataset = { pages: 0, rows: 0 };
  const writes = new PipelinedWrites();
  let link: string | null = null;
  if (attempt > 0) await staged.rememberStagedIds(scan.tenantId, dataset, scan.scanId);
  await followListing(client, firstUrl, send, async (page) => {
    await scan.checkpoint?.();
    const { upserts } = toReplicaChanges(page.rows);
    const seen = attempt > 0 ? await staged.seen(scan.tenantId, dataset, scan.scanId, upserts.map((row) => row.id)) : null;
    const fresh = seen ? upserts.filter((row) => !seen.has(row.id)).map((row) => row.data) : upserts.map((row) => row.data);
    // As Graph sent it, unless a restart left out rows staged before: the load takes the rows from `value` either way.
    const body = seen ? Buffer.from(JSON.stringify({ value: fresh })) : page.body;
    const stagedPage = { page: cursor.page++, firstPosition: cursor.position, body, joinKeys: JSON.stringify(memberIds(fresh)) };
    cursor.position += seen ? fresh.length : page.rows.length;
    await writes.push(() => staged.stage(scan.tenantId, dataset, scan.scanId, stagedPage));
    sizes.observe(scan.tenantId, cursor.position);
    link = page.deltaLink ?? link;
    collected.pages++;
    collected.rows += fresh.length;
    await onPage(fresh, collected);
  });
  await writes.drain();
  return { collected, link };
}

function memberIds(rows: readonly object[]): string[] {
  const ids: string[] = [];
  for (const row of rows) if (isEnabledMember(row as { accountEnabled?: unknown; userType?: unknown })) ids.push((row as { id: string }).id);
  return ids;
}
