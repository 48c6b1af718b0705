import { ScanStatus } from '@trueconfig/common';
import { ScanStore } from '../scan/scan.store';
import { MonotonicPercent, ProgressPlan } from './progress-plan';
import { ScanJob } from './scan-job';
import { ScanProgressPublisher } from './scan-progress.publisher';

const HEARTBEAT_EVERY_MS = 15_000;

/** One scan's progress: stored on the scan row and broadcast, never going backwards. */
export class ScanProgress {
  private readonly percent = new MonotonicPercent();
  private lastWrite = Date.now();

  constructor(
    private readonly job: ScanJob,
    readonly plan: ProgressPlan,
    private readonly store: ScanStore,
    private readonly publisher: ScanProgressPublisher,
  ) {}

  async update(phase: string, percent: number, message: string): Promise<void> {
    const value = this.percent.next(percent);
    await this.store.recordProgress(this.job.scanId, phase, value);
    this.lastWrite = Date.now();
    this.publish(phase, value, message, ScanStatus.RUNNING);
  }

  /** Called while pages stream in: keeps the scan from looking abandoned. */
  async heartbeat(): Promise<void> {
    if (Date.now() - this.lastWrite < HEARTBEAT_EVERY_MS) return;
    this.lastWrite = Date.now();
    await this.store.touch(this.job.scanId);
  }

  /** The last event: 100 % with the final status (the row itself is finished by the executor). */
  finished(status: ScanStatus, message: string): void {
    this.publish('finished', this.percent.next(ProgressPlan.FINISHED), message, status);
  }

  private publish(phase: string, percent: number, message: string, status: ScanStatus): void {
    const { orgId, scanId, tenantId } = this.job;
    this.publisher.publish({ orgId, scanId, tenantId, phase, percent, message, status, at: new Date().toISOString() });
  }
}
