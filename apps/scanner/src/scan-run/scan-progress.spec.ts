import { ScanProgressEvent, ScanStatus, ScanTrigger } from '@trueconfig/common';
import { GraphRequestCounter } from '../graph/graph-request-counts';
import { ScanStore } from '../scan/scan.store';
import { ProgressPlan } from './progress-plan';
import { finalProgressEventId, PAGE_EVENT_INTERVAL_MS, ScanProgress } from './scan-progress';
import { ScanProgressPublisher } from './scan-progress.publisher';

const JOB = { scanId: 's0000000-0000-4000-8000-000000000001', orgId: 'o', tenantId: 't', trigger: ScanTrigger.MANUAL, actor: null };
const USERS = 'v1.0/users';

function progressOf(datasets: number, clock = { now: 0 }) {
  const published: ScanProgressEvent[] = [];
  const finals: ScanProgressEvent[] = [];
  const publisher = { publish: (e: ScanProgressEvent) => published.push(e), publishFinal: async (e: ScanProgressEvent) => finals.push(e) > 0 };
  const store = { recordProgress: jest.fn(async () => undefined), addCounts: jest.fn(async () => undefined) };
  const progress = new ScanProgress(JOB, new ProgressPlan(datasets), store as unknown as ScanStore, publisher as unknown as ScanProgressPublisher, new GraphRequestCounter(), () => clock.now);
  return { progress, published, finals };
}

describe('ScanProgress', () => {
  it('reports rows against Graph’s count per page and moves the overall percent with them', async () => {
    const clock = { now: 0 };
    const { progress, published } = progressOf(2, clock);
    progress.plan.finished('small');
    progress.expectRows(USERS, 4000);
    progress.expectRows(USERS, 9999);
    await progress.page(USERS, 'users', 1, 999);
    clock.now += PAGE_EVENT_INTERVAL_MS;
    await progress.page(USERS, 'users', 2, 1998);
    expect(published.map((e) => [e.rowsRead, e.expectedRows, e.datasetPercent, e.percent])).toEqual([
      // The small dataset weighs 1 request, the users 5 (4,000 rows at 999 a page).
      [999, 4000, 24, 10 + Math.floor((80 * (1 + 5 * (999 / 4000))) / 6)],
      [1998, 4000, 49, 10 + Math.floor((80 * (1 + 5 * (1998 / 4000))) / 6)],
    ]);
    expect(published[1]).toMatchObject({ dataset: USERS, pagesRead: 2, message: 'Reading users: 2 pages, 1998 rows of 4000 (49%)' });
  });

  it('sends a dataset’s page events at most every interval, and the last one held when the dataset is read', async () => {
    const clock = { now: 0 };
    const { progress, published } = progressOf(1, clock);
    for (let page = 1; page <= 5; page++) {
      await progress.page(USERS, 'users', page, page * 100);
      clock.now += PAGE_EVENT_INTERVAL_MS / 2;
    }
    expect(published.map((e) => e.pagesRead)).toEqual([1, 3, 5]);
    await progress.page(USERS, 'users', 6, 600);
    await progress.datasetRead(USERS, 'Read users');
    expect(published.map((e) => [e.pagesRead, e.rowsRead])).toEqual([
      [1, 100],
      [3, 300],
      [5, 500],
      [6, 600],
      [undefined, undefined],
    ]);
    const percents = published.map((e) => e.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
  });

  it('gives null expected rows and percent where Graph gave no count', async () => {
    const { progress, published } = progressOf(1);
    await progress.page(USERS, 'users', 3, 2500);
    expect(published[0]).toMatchObject({ rowsRead: 2500, expectedRows: null, datasetPercent: null, message: 'Reading users: 3 pages, 2500 rows' });
  });

  it('gives every event its own id, and the final event a stable one, published until stored', async () => {
    const { progress, published, finals } = progressOf(1);
    await progress.datasetStarted(USERS, 'Reading users');
    await progress.datasetRead(USERS, 'Read users');
    await progress.finished(ScanStatus.SUCCEEDED, 'done');
    const ids = published.map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
    expect(published.map((e) => e.percent)).toEqual([10, 90]);
    expect(finals).toEqual([expect.objectContaining({ id: finalProgressEventId(JOB.scanId), status: ScanStatus.SUCCEEDED, percent: 100, phase: 'finished' })]);
    expect(ids).not.toContain(finalProgressEventId(JOB.scanId));
    const again = progressOf(1);
    await again.progress.update('token', 5, 'token');
    expect(again.published[0].id).not.toBe(published[0].id);
  });
});
