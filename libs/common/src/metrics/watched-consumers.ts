import { AUDIT_CONSUMER, AUDIT_STREAM } from '../contracts/subject.enum';

export interface ConsumerRef {
  stream: string;
  consumer: string;
}

/**
 * The durable JetStream consumers whose backlog each service reports on `/metrics` (read on scrape).
 * The scanner's names are owned by apps/scanner/src/jobs/scan-jobs.stream.ts; keep them in step.
 */
export const WATCHED_CONSUMERS: Record<string, ConsumerRef[]> = {
  audit: [{ stream: AUDIT_STREAM, consumer: AUDIT_CONSUMER }],
  scanner: [{ stream: 'SCANS', consumer: 'scanner-workers' }],
};
