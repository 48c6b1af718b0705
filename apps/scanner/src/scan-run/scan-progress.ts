import { ScanProgressEvent, ScanStatus } from '@trueconfig/common';
import { GraphRequestCounter } from '../graph/graph-request-counts';
import { ScanStore } from '../scan/scan.store';
import { MonotonicPercent, ProgressPlan } from './progress-plan';
import { ScanJob } from './scan-job';
import { ScanProgressPublisher } from './scan-progress.publisher';

const FLUSH_EVERY_MS = 5_000;

/**
 * One scan's progress: phases stored on the scan row and broadcast, never going backwards; pages
 * broadcast per dataset; the Graph request counters flushed to the row every few seconds.
 */
export class ScanProgress {
  private readonly percent = new MonotonicPercent();
  private lastFlush = Date.now();

  constructor(
    private readonly job: ScanJob,
    readonly plan: ProgressPlan,
    private readonly store: ScanStore,
    private readonly publisher: ScanProgressPublisher,
    private readonly requests: GraphRequestCounter,
  ) {}

  async update(phase: string, percent: number, message: string, dataset?: string): Promise<void> {
    const value = this.percent.next(percent);
    await this.store.recordProgress(this.job.scanId, phase, value);
    await this.flushCounts();
    this.publish({ phase, percent: value, message, status: ScanStatus.RUNNING, dataset });
  }

  /** A page of a dataset was read: broadcast it (the row is not written per page). */
  async page(dataset: string, label: string, pagesRead: number, rows: number): Promise<void> {
    const message = `Reading ${label}: ${pagesRead} page${pagesRead === 1 ? '' : 's'}, ${rows} rows`;
    this.publish({ phase: 'collecting', percent: this.percent.next(0), message, status: ScanStatus.RUNNING, dataset, pagesRead });
    if (Date.now() - this.lastFlush >= FLUSH_EVERY_MS) await this.flushCounts();
  }

  async flushCounts(): Promise<void> {
    this.lastFlush = Date.now();
    const delta = this.requests.takeDelta();
    if (delta) await this.store.addCounts(this.job.scanId, delta);
  }

  /** The last event: 100 % with the final status (the row itself is finished by the executor). */
  finished(status: ScanStatus, message: string): void {
    this.publish({ phase: 'finished', percent: this.percent.next(ProgressPlan.FINISHED), message, status });
  }

  private publish(event: Pick<ScanProgressEvent, 'phase' | 'percent' | 'message' | 'status' | 'dataset' | 'pagesRead'>): void {
    const { orgId, scanId, tenantId } = this.job;
    // Datasets run in parallel and await the row before publishing: re-read the highest percent now, so events never go backwards.
    this.publisher.publish({ orgId, scanId, tenantId, ...event, percent: this.percent.next(event.percent), at: new Date().toISOString() });
  }
}
