import { Client } from '@microsoft/microsoft-graph-client';
import { CollectedDataset, PageSender } from '@trueconfig/controls';
import { followListing } from './graph-listing';
import { PipelinedWrites } from './pipelined-writes';
import { RegistrationKeysStore } from './registration-keys.store';
import { registrationKeys } from './replica-changes';

type OnPage = (rows: unknown[], collected: CollectedDataset) => Promise<void> | void;

/**
 * Registration details have no delta: read in full each scan (the next page asked and the last one stored while
 * this one is handled), each page fed as it comes and its join keys kept (scanner.registration_keys) for ID-01's join.
 */
export async function readRegistrations(
  store: RegistrationKeysStore,
  scan: { tenantId: string; scanId: string },
  client: Client,
  firstUrl: string,
  onPage: OnPage,
  send: PageSender,
): Promise<CollectedDataset> {
  const collected: CollectedDataset = { pages: 0, rows: 0 };
  const writes = new PipelinedWrites();
  await followListing(client, firstUrl, send, async (page) => {
    await writes.push(() => store.upsert(scan.tenantId, scan.scanId, registrationKeys(page.rows)));
    collected.pages++;
    collected.rows += page.rows.length;
    await onPage(page.rows, collected);
  });
  await writes.drain();
  await store.dropKeysNotFrom(scan.tenantId, scan.scanId);
  return collected;
}
