import { NatsConnection, RetentionPolicy, StorageType } from 'nats';
import { AUDIT_STREAM, AUDIT_SUBJECT_PREFIX } from '../contracts/subject.enum';

const DUPLICATE_WINDOW_NS = 5 * 60 * 1_000_000_000;

/** Idempotent: every publisher and the consumer call it, so whoever starts first creates the stream. */
export async function ensureAuditStream(nc: NatsConnection): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const config = {
    name: AUDIT_STREAM,
    subjects: [`${AUDIT_SUBJECT_PREFIX}.>`],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    duplicate_window: DUPLICATE_WINDOW_NS,
  };
  try {
    await jsm.streams.info(AUDIT_STREAM);
  } catch {
    try {
      await jsm.streams.add(config);
    } catch (error) {
      // Another process created it between our look-up and our add.
      if (!String(error).includes('already in use')) throw error;
    }
  }
}
