import { DataSource } from 'typeorm';
import { ScanSteps } from './scan-steps';
import { ScannerHarness, startScannerHarness } from './scanner-harness';
import { openScannerDatabase } from './scanner-database';

/** What the replica cases share: filled in by `replicaSuite` before any case runs. */
export interface ReplicaContext {
  h: ScannerHarness;
  steps: ScanSteps;
  db: DataSource;
}

/**
 * Two scanner replicas on one NATS, database and emulator, tuned for fast tests: a 2 s ack wait (a
 * killed worker's job moves quickly), waiting jobs looked at every 300 ms, a 100 ms backoff base, and
 * schedules as short as 2 s checked every 200 ms. One harness serves both case files (it costs seconds).
 */
export function replicaSuite(): ReplicaContext {
  const ctx = {} as ReplicaContext;
  beforeAll(async () => {
    ctx.h = await startScannerHarness({
      replicas: 2,
      env: {
        SCAN_ACK_WAIT_SECONDS: '2',
        SCAN_QUEUE_RETRY_MS: '300',
        GRAPH_RETRY_BASE_MS: '100',
        SCHEDULER_MIN_INTERVAL_SECONDS: '2',
        SCHEDULER_TICK_MS: '200',
      },
    });
    ctx.steps = new ScanSteps(ctx.h);
    ctx.db = await openScannerDatabase(ctx.h.databaseUrl);
  }, 60000);
  afterAll(async () => {
    await ctx.db?.destroy();
    await ctx.h?.stop();
  });
  return ctx;
}
