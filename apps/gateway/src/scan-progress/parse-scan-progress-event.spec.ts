import { ScanStatus } from '@trueconfig/common';
import { parseScanProgressEvent } from './parse-scan-progress-event';

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const event = { orgId: 'o', scanId: 's', tenantId: 't', status: ScanStatus.RUNNING, percent: 42.5, phase: 'users', message: 'Fetching users', at: '2025-01-01T00:00:00.000Z' };

describe('parseScanProgressEvent', () => {
  it('reads a bare event and one in a Nest envelope', () => {
    expect(parseScanProgressEvent(bytes(event))).toEqual(event);
    expect(parseScanProgressEvent(bytes({ pattern: 'events.scan.progress.t.s', data: event }))).toEqual(event);
  });

  it('drops what is not an event of a known status', () => {
    for (const bad of ['not json', [], null, { ...event, orgId: undefined }, { ...event, status: 'DONE' }, { ...event, scanId: 3 }]) {
      expect(parseScanProgressEvent(bytes(bad === null ? 'null' : bad))).toBeNull();
    }
  });

  it('keeps the event id and whole per-dataset figures, and drops figures that are not whole counts', () => {
    const page = { ...event, id: 'e1', dataset: 'v1.0/users', pagesRead: 2, rowsRead: 1998, expectedRows: 5000, datasetPercent: 39 };
    expect(parseScanProgressEvent(bytes(page))).toEqual(page);
    const uncounted = parseScanProgressEvent(bytes({ ...event, dataset: 'v1.0/users', pagesRead: 1, rowsRead: -3, expectedRows: null, datasetPercent: 'x' }));
    expect(uncounted).toMatchObject({ dataset: 'v1.0/users', pagesRead: 1, expectedRows: null, datasetPercent: null });
    expect(uncounted?.rowsRead).toBeUndefined();
  });

  it('fills optional fields', () => {
    const parsed = parseScanProgressEvent(bytes({ orgId: 'o', scanId: 's', tenantId: 't', status: ScanStatus.QUEUED }));
    expect(parsed).toMatchObject({ percent: 0, phase: '', message: '', at: expect.any(String) });
  });
});
