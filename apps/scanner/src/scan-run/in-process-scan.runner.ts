import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ScanExecutor } from './scan-executor';
import { ScanJob } from './scan-job';
import { ScanRunner } from './scan-runner';

const SHUTDOWN_GRACE_MS = 10_000;

/** Runs scans in this process. A scan cut short by a stop is later recovered as abandoned (ScanStore). */
@Injectable()
export class InProcessScanRunner extends ScanRunner implements OnApplicationShutdown {
  private readonly logger = new Logger(InProcessScanRunner.name);
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly executor: ScanExecutor) {
    super();
  }

  submit(job: ScanJob): void {
    const run = this.executor
      .run(job)
      .catch((error: unknown) => this.logger.error({ msg: 'scan run crashed', scanId: job.scanId, error: String(error) }))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.running.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_GRACE_MS)));
    await Promise.race([Promise.allSettled([...this.running]), grace]);
    clearTimeout(timer);
  }
}
