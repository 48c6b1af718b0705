import { ScanJob } from './scan-job';

/**
 * Where an accepted scan goes to be run. Today: this process, right away. Issue 5 replaces the provider
 * with a JetStream work queue whose consumers call ScanExecutor.run; the handler does not change.
 */
export abstract class ScanRunner {
  abstract submit(job: ScanJob): void;
}
