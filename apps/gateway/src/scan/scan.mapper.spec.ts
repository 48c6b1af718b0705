import { ScanDto, ScanStatus, ScanTrigger } from '@trueconfig/common';
import { toScan } from './scan.mapper';

const dto: ScanDto = {
  id: 's', orgId: 'o', tenantId: 't', status: ScanStatus.CANCELLED, trigger: ScanTrigger.MANUAL, phase: 'finished', progress: 100,
  startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:01:00.000Z', warnings: [], results: [], error: null,
};

describe('toScan', () => {
  it("shows the scanner's Graph request counts", () => {
    expect(toScan({ ...dto, graphRequests: { total: 9, throttled: 2, retries: 3, giveUps: 1 } })).toMatchObject({ status: ScanStatus.CANCELLED, requests: 9, throttled: 2, retries: 3, giveUps: 1 });
  });

  it('shows zeros for a scan stored before they were counted', () => {
    expect(toScan(dto)).toMatchObject({ requests: 0, throttled: 0, retries: 0, giveUps: 0 });
  });
});

describe('toScan of a listed scan (summary)', () => {
  it('marks the results as not loaded and keeps the score the scanner computed', () => {
    const { results: _results, ...fields } = dto;
    const score = { score: 50, earned: 5, possible: 10, judged: 2, excluded: 0 };
    expect(toScan({ ...fields, score })).toMatchObject({ results: [], resultsLoaded: false, summaryScore: score });
    expect(toScan(dto)).not.toHaveProperty('resultsLoaded');
  });
});
