import { Client } from '@microsoft/microsoft-graph-client';
import { DatasetDefinition } from '../datasets/dataset-definition';
import { DatasetRequest } from './build-dataset-request';
import { CollectedDataset, collectDataset, PageSender } from './collect-dataset';
import { ReferencedObjectIds } from './referenced-object-ids';
import { completeRelatedRows, needsRelatedRows } from './related-rows';

export type PageHandler = (rows: unknown[], collected: CollectedDataset) => Promise<void>;

/** How one dataset is read in a scan: a paged GET, or a POST whose body comes from another dataset. */
export interface DatasetSource {
  dataset: DatasetDefinition;
  read(client: Client, onPage: PageHandler, send: PageSender): Promise<CollectedDataset>;
}

export function getSource(dataset: DatasetDefinition, request: DatasetRequest): DatasetSource {
  return {
    dataset,
    read: (client, onPage, send) =>
      collectDataset(
        client,
        request,
        needsRelatedRows(dataset.path) ? async (rows, sofar) => onPage(await completeRelatedRows(dataset.path, client, rows, send), sofar) : onPage,
        send,
      ),
  };
}

/** directoryObjects/getByIds with the ids the Conditional Access policies reference, 1,000 per call. */
export function referencedObjectsSource(dataset: DatasetDefinition, ids: ReferencedObjectIds): DatasetSource {
  return {
    dataset,
    async read(client, onPage, send) {
      const collected: CollectedDataset = { pages: 0, rows: 0 };
      for (const chunk of ids.chunks()) {
        const answer = (await send(() => client.api('/directoryObjects/getByIds').version('v1.0').post({ ids: chunk, types: ['user', 'group'] }))) as { value?: unknown };
        const rows = Array.isArray(answer.value) ? (answer.value as unknown[]) : [];
        collected.pages++;
        collected.rows += rows.length;
        await onPage(rows, collected);
      }
      return collected;
    },
  };
}
