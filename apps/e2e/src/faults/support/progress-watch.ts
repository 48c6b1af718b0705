import { collectSubscription, graphqlWsClient } from '@trueconfig/launcher';

export const PROGRESS_WITH_IDS = /* GraphQL */ `
  subscription Progress($scanId: ID, $tenantId: ID) {
    scanProgress(scanId: $scanId, tenantId: $tenantId) { eventId scanId percent status dataset rowsRead expectedRows datasetPercent }
  }
`;

export interface WatchedEvent {
  eventId: string | null;
  scanId: string;
  percent: number;
  status: string;
  dataset: string | null;
  rowsRead: number | null;
  expectedRows: number | null;
  datasetPercent: number | null;
}

export interface ProgressWatch {
  of(scanId: string): WatchedEvent[];
  /** The scan's final events (there must be exactly one). */
  finals(scanId: string): WatchedEvent[];
  /** Whether the server completed the subscription (a scanId subscription does after the final event). */
  completed(): boolean;
  close(): Promise<void>;
}

const ENDED = new Set(['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED']);

/** Follows `scanProgress` (by scanId or tenantId) through one gateway replica, with event ids. */
export function watchProgressOn(gatewayUrl: string, apiKey: string, variables: { scanId?: string; tenantId?: string }): ProgressWatch {
  const client = graphqlWsClient(gatewayUrl, apiKey);
  const events: WatchedEvent[] = [];
  const subscription = collectSubscription<{ scanProgress: WatchedEvent }>(client, PROGRESS_WITH_IDS, variables, (e) => e.data && events.push(e.data.scanProgress));
  let completed = false;
  subscription.done.then(() => (completed = true)).catch(() => undefined);
  const of = (scanId: string) => events.filter((e) => e.scanId === scanId);
  return {
    of,
    finals: (scanId) => of(scanId).filter((e) => ENDED.has(e.status)),
    completed: () => completed,
    close: async () => {
      subscription.cancel();
      await client.dispose();
    },
  };
}
