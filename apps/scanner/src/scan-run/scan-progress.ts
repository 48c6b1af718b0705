import { randomUUID } from 'node:crypto';
import { ScanProgressEvent, ScanStatus } from '@trueconfig/common';
import { GraphRequestCounter } from '../graph/graph-request-counts';
import { ScanStore } from '../scan/scan.store';
import { datasetPercent, MonotonicPercent, ProgressPlan } from './progress-plan';
import { scanEventId } from './scan-event-id';
import { ScanJob } from './scan-job';
import { ScanProgressPublisher } from './scan-progress.publisher';

const FLUSH_EVERY_MS = 5_000;
/**
 * Page events of one dataset go out at most this often (a large tenant reads a hundred pages a second):
 * the first page's always, and the last one seen is sent when the dataset is read, so its counts are final.
 */
export const PAGE_EVENT_INTERVAL_MS = 250;

type EventFields = Pick<ScanProgressEvent, 'phase' | 'percent' | 'message' | 'status'> &
  Partial<Pick<ScanProgressEvent, 'dataset' | 'pagesRead' | 'rowsRead' | 'expectedRows' | 'datasetPercent'>>;

/** The final event's id: only the attempt that ends the scan publishes it, so a retry is stored once. */
export function finalProgressEventId(scanId: string): string {
  return scanEventId(scanId, 'progress/final');
}

/**
 * One scan's progress: phases stored on the scan row and broadcast, never going backwards; pages
 * broadcast per dataset with rows read and, where Graph gave `$count`, the expected rows and percent;
 * the percent and the Graph request counters flushed to the row every few seconds.
 */
export class ScanProgress {
  private readonly percent = new MonotonicPercent();
  private readonly expected = new Map<string, number>();
  // Distinguishes this attempt's events from a redelivered attempt's of the same scan.
  private readonly attemptKey = randomUUID();
  private sequence = 0;
  private lastFlush = Date.now();
  private readonly pageEventAt = new Map<string, number>();
  private readonly heldPageEvent = new Map<string, EventFields>();

  constructor(
    private readonly job: ScanJob,
    readonly plan: ProgressPlan,
    private readonly store: ScanStore,
    private readonly publisher: ScanProgressPublisher,
    private readonly requests: GraphRequestCounter,
    private readonly now: () => number = Date.now,
  ) {}

  async update(phase: string, percent: number, message: string, dataset?: string): Promise<void> {
    const value = this.percent.next(percent);
    await this.store.recordProgress(this.job.scanId, phase, value);
    await this.flushCounts();
    this.publish({ phase, percent: value, message, status: ScanStatus.RUNNING, dataset });
  }

  /** A dataset is about to be read. */
  datasetStarted(dataset: string, message: string): Promise<void> {
    return this.update('collecting', this.plan.datasets(), message, dataset);
  }

  /** A dataset was read (or given up on): its whole share of the bar is done. */
  datasetRead(dataset: string, message: string): Promise<void> {
    const held = this.heldPageEvent.get(dataset);
    if (held) this.publish(held);
    this.heldPageEvent.delete(dataset);
    this.plan.finished(dataset);
    return this.update('collecting', this.plan.datasets(), message, dataset);
  }

  /** Graph's `@odata.count` for a dataset (first page of a counted listing); the first one seen counts. */
  expectRows(dataset: string, expectedRows: number): void {
    if (this.expected.has(dataset) || !Number.isSafeInteger(expectedRows) || expectedRows < 0) return;
    this.expected.set(dataset, expectedRows);
    this.plan.expect(dataset, expectedRows);
  }

  /** A page of a dataset was read: broadcast it, at most every PAGE_EVENT_INTERVAL_MS (the row is written every few seconds). */
  async page(dataset: string, label: string, pagesRead: number, rows: number): Promise<void> {
    const expectedRows = this.expected.get(dataset) ?? null;
    this.plan.read(dataset, rows, expectedRows);
    const percent = this.percent.next(this.plan.datasets());
    const share = datasetPercent(rows, expectedRows);
    const of = expectedRows === null ? '' : ` of ${expectedRows} (${share}%)`;
    const message = `Reading ${label}: ${pagesRead} page${pagesRead === 1 ? '' : 's'}, ${rows} rows${of}`;
    this.publishPage(dataset, { phase: 'collecting', percent, message, status: ScanStatus.RUNNING, dataset, pagesRead, rowsRead: rows, expectedRows, datasetPercent: share });
    if (Date.now() - this.lastFlush >= FLUSH_EVERY_MS) {
      await this.store.recordProgress(this.job.scanId, 'collecting', percent);
      await this.flushCounts();
    }
  }

  async flushCounts(): Promise<void> {
    this.lastFlush = Date.now();
    const delta = this.requests.takeDelta();
    if (delta) await this.store.addCounts(this.job.scanId, delta);
  }

  /**
   * The last event: 100 % with the final status (the row itself is finished by the executor). Resolves
   * once JetStream stored it (retrying through a NATS outage), so the job is acknowledged only after.
   */
  async finished(status: ScanStatus, message: string): Promise<void> {
    const event = this.event({ phase: 'finished', percent: this.percent.next(ProgressPlan.FINISHED), message, status }, finalProgressEventId(this.job.scanId));
    await this.publisher.publishFinal(event);
  }

  private publishPage(dataset: string, fields: EventFields): void {
    const at = this.now();
    const last = this.pageEventAt.get(dataset);
    if (last !== undefined && at - last < PAGE_EVENT_INTERVAL_MS) {
      this.heldPageEvent.set(dataset, fields);
      return;
    }
    this.pageEventAt.set(dataset, at);
    this.heldPageEvent.delete(dataset);
    this.publish(fields);
  }

  private publish(fields: EventFields): void {
    this.publisher.publish(this.event(fields, scanEventId(this.job.scanId, `progress/${this.attemptKey}/${++this.sequence}`)));
  }

  private event(fields: EventFields, id: string): ScanProgressEvent {
    const { orgId, scanId, tenantId } = this.job;
    // Datasets run in parallel and await the row before publishing: re-read the highest percent now, so events never go backwards.
    return { id, orgId, scanId, tenantId, ...fields, percent: this.percent.next(fields.percent), at: new Date().toISOString() };
  }
}
