import { ScanJob } from './scan-job';

/**
 * Where an accepted scan goes to be run: a JetStream work queue (JetStreamScanRunner). `submit` resolves
 * once the job is stored durably; callers create the scan row and submit in one transaction.
 */
export abstract class ScanRunner {
  abstract submit(job: ScanJob): Promise<void>;
}
