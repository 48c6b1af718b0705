import { NatsConnection, RetentionPolicy, StorageType, StreamConfig } from 'nats';
import { SCAN_PROGRESS_STREAM, SCAN_PROGRESS_WILDCARD } from '../contracts/scan-progress/scan-progress.event';

const NS_PER_MS = 1_000_000;
/** Long enough to outlast a NATS restart or a gateway reconnect; progress is worthless after that. */
export const SCAN_PROGRESS_MAX_AGE_MS = 15 * 60 * 1000;
/** A publisher retrying one event (same id) within this window stores it once. */
export const SCAN_PROGRESS_DUPLICATE_WINDOW_MS = 2 * 60 * 1000;

export const SCAN_PROGRESS_STREAM_CONFIG: Partial<StreamConfig> = {
  name: SCAN_PROGRESS_STREAM,
  subjects: [SCAN_PROGRESS_WILDCARD],
  retention: RetentionPolicy.Limits,
  // File storage: the events outlive a NATS restart, which is exactly when they are needed.
  storage: StorageType.File,
  max_age: SCAN_PROGRESS_MAX_AGE_MS * NS_PER_MS,
  duplicate_window: SCAN_PROGRESS_DUPLICATE_WINDOW_MS * NS_PER_MS,
};

/** Idempotent: the scanner (publisher) and every gateway replica (consumers) call it at boot; whoever starts first creates it. */
export async function ensureScanProgressStream(nc: NatsConnection): Promise<void> {
  const jsm = await nc.jetstreamManager();
  if (await jsm.streams.info(SCAN_PROGRESS_STREAM).catch(() => null)) return;
  await jsm.streams.add(SCAN_PROGRESS_STREAM_CONFIG).catch((error: unknown) => {
    // Another process created it between our look-up and our add.
    if (!String(error).includes('already in use')) throw error;
  });
}
