import { AckPolicy, DeliverPolicy, JetStreamManager, NatsConnection, RetentionPolicy, StorageType } from 'nats';

/** The durable queue of scans to run: one work-queue stream, one durable consumer shared by every replica. */
export const SCAN_STREAM = 'SCANS';
export const SCAN_JOB_SUBJECT = 'scans.jobs';
export const SCAN_CONSUMER = 'scanner-workers';

const DUPLICATE_WINDOW_NS = 10 * 60 * 1_000_000_000;
const NS_PER_MS = 1_000_000;

/**
 * Creates the stream and the consumer if missing (every replica calls it; whoever starts first wins) and
 * keeps the consumer's ack wait at the configured value. Unlimited deliveries: the scanner itself gives
 * up on a scan whose workers keep dying (ScanClaimStore), and a job waiting behind another scan of its
 * tenant is negatively acknowledged many times.
 */
export async function ensureScanJobQueue(nc: NatsConnection, ackWaitMs: number, maxInFlight: number): Promise<void> {
  const jsm = await nc.jetstreamManager();
  await ensureStream(jsm);
  const config = {
    durable_name: SCAN_CONSUMER,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: ackWaitMs * NS_PER_MS,
    max_deliver: -1,
    max_ack_pending: Math.max(1000, maxInFlight),
  };
  const existing = await jsm.consumers.info(SCAN_STREAM, SCAN_CONSUMER).catch(() => null);
  if (!existing) {
    await jsm.consumers.add(SCAN_STREAM, config).catch((error: unknown) => {
      if (!String(error).includes('already')) throw error;
    });
  } else if (existing.config.ack_wait !== config.ack_wait) {
    await jsm.consumers.update(SCAN_STREAM, SCAN_CONSUMER, { ack_wait: config.ack_wait });
  }
}

async function ensureStream(jsm: JetStreamManager): Promise<void> {
  if (await jsm.streams.info(SCAN_STREAM).catch(() => null)) return;
  await jsm.streams
    .add({
      name: SCAN_STREAM,
      subjects: [SCAN_JOB_SUBJECT],
      retention: RetentionPolicy.Workqueue,
      storage: StorageType.File,
      duplicate_window: DUPLICATE_WINDOW_NS,
    })
    .catch((error: unknown) => {
      if (!String(error).includes('already in use')) throw error;
    });
}
