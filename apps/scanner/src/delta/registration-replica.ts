import { Client } from '@microsoft/microsoft-graph-client';
import { CollectedDataset, DatasetPath, PageSender } from '@trueconfig/controls';
import { followListing } from './graph-listing';
import { PipelinedWrites } from './pipelined-writes';
import { registeredIds } from './replica-changes';
import { StagedPagesStore } from './staged-pages.store';

type OnPage = (rows: unknown[], collected: CollectedDataset) => Promise<void> | void;

/**
 * Registration details have no delta: read in full each scan (the next page asked and the last one staged while
 * this one is handled), each page fed as it comes and its registered users staged (scanner.staged_pages, one row
 * per page) for ID-01's join.
 */
export async function readRegistrations(
  staged: StagedPagesStore,
  scan: { tenantId: string; scanId: string },
  client: Client,
  firstUrl: string,
  onPage: OnPage,
  send: PageSender,
): Promise<CollectedDataset> {
  const collected: CollectedDataset = { pages: 0, rows: 0 };
  const writes = new PipelinedWrites();
  await staged.clear(scan.tenantId, DatasetPath.UserRegistrationDetails);
  await followListing(client, firstUrl, send, async (page) => {
    const stagedPage = { page: collected.pages, firstPosition: collected.rows, body: null, joinKeys: JSON.stringify(registeredIds(page.rows)) };
    await writes.push(() => staged.stage(scan.tenantId, DatasetPath.UserRegistrationDetails, scan.scanId, stagedPage));
    collected.pages++;
    collected.rows += page.rows.length;
    await onPage(page.rows, collected);
  });
  await writes.drain();
  return collected;
}
