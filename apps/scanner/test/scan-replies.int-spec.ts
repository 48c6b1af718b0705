import { ControlResultDto, GetScanResultsReply, SCAN_RESULTS_REPLY_BUDGET, ScanResultsPosition, ScanStatus, Subject } from '@trueconfig/common';
import { ENTRA_CATALOG } from '@trueconfig/controls';
import { connect, NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { seedHeavyScans } from './support/heavy-scans';
import { requestMeasured } from './support/raw-request';
import { openScannerDatabase } from './support/scanner-database';
import { ScannerHarness, startScannerHarness } from './support/scanner-harness';

const ORG = 'org-replies';
const TENANTS = 100;
/** What the reply envelope adds to the results the budget counts. */
const ENVELOPE = 16 * 1024;

jest.setTimeout(120000);

describe('scan replies stay small whatever the tenant count or evidence (real NATS and Postgres)', () => {
  let h: ScannerHarness;
  let nc: NatsConnection;
  let db: DataSource;
  let tenantIds: string[];
  let scanIds: string[];

  beforeAll(async () => {
    h = await startScannerHarness();
    nc = await connect({ servers: h.natsUrl, name: 'scan-replies-it' });
    db = await openScannerDatabase(h.databaseUrl);
    tenantIds = Array.from({ length: TENANTS }, () => randomUUID());
    scanIds = await seedHeavyScans(db, ORG, tenantIds);
  }, 120000);

  afterAll(async () => {
    await db?.destroy();
    await nc?.drain();
    await h?.stop();
  });

  /** Follows `next` to the end, checking every reply's size on the wire. */
  const allResults = async (ids: string[], evidence: boolean) => {
    const merged = ids.map((): ControlResultDto[] => []);
    const sizes: number[] = [];
    let from: ScanResultsPosition | null = null;
    do {
      const { bytes, reply }: { bytes: number; reply: GetScanResultsReply } = await requestMeasured(nc, Subject.GetScanResults, { orgId: ORG, scanIds: ids, evidence, from });
      sizes.push(bytes);
      reply.results.forEach((list, index) => merged[index].push(...list));
      from = reply.next;
    } while (from);
    return { merged, sizes };
  };

  it('answers the latest scans of 100 tenants in one reply of summaries, well under 1 KB per scan', async () => {
    const { bytes: oneScanWithResults } = await requestMeasured(nc, Subject.GetScan, { orgId: ORG, scanId: scanIds[0] });
    // The evidence is heavy: a page of such scans with their results could never fit NATS's 1 MB.
    expect(oneScanWithResults * TENANTS).toBeGreaterThan(10 * 1024 * 1024);

    const { bytes, reply } = await requestMeasured(nc, Subject.LatestScans, { orgId: ORG, tenantIds });
    expect(reply.map((scan) => scan?.id)).toEqual(scanIds);
    expect(bytes).toBeLessThan(TENANTS * 1024);
    const failing = Math.ceil(ENTRA_CATALOG.length / 2);
    expect(reply[0]).toMatchObject({ status: ScanStatus.SUCCEEDED, score: { judged: ENTRA_CATALOG.length, excluded: 0 } });
    expect(reply[0]?.score.score).toBeCloseTo(100 - (100 * failing) / ENTRA_CATALOG.length, -1);
    expect(reply[0]).not.toHaveProperty('results');
  });

  it('sends results with evidence in pages cut at the byte budget, every result exactly once and in catalog order', async () => {
    const ids = scanIds.slice(0, 3);
    const { merged, sizes } = await allResults(ids, true);
    expect(sizes.length).toBeGreaterThan(3);
    for (const size of sizes) expect(size).toBeLessThan(SCAN_RESULTS_REPLY_BUDGET + ENVELOPE);
    for (const [index, id] of ids.entries()) {
      const { reply } = await requestMeasured(nc, Subject.GetScan, { orgId: ORG, scanId: id });
      expect(merged[index]).toEqual(reply.results);
    }
  });

  it('sends the results of 100 scans without evidence in a few small replies when the query did not select it', async () => {
    const { merged, sizes } = await allResults(scanIds, false);
    for (const size of sizes) expect(size).toBeLessThan(SCAN_RESULTS_REPLY_BUDGET + ENVELOPE);
    expect(merged.map((list) => list.map((r) => r.controlId))).toEqual(scanIds.map(() => ENTRA_CATALOG.map((c) => c.id)));
    expect(merged.flat().every((r) => r.evidence.length === 0)).toBe(true);
  });

  it('keeps another organisation’s scans out and refuses a position it never sent', async () => {
    const { reply } = await requestMeasured(nc, Subject.GetScanResults, { orgId: 'org-other', scanIds: scanIds.slice(0, 2) });
    expect(reply).toEqual({ results: [[], []], next: null });
    await expect(requestMeasured(nc, Subject.GetScanResults, { orgId: ORG, scanIds: scanIds.slice(0, 2), from: { scan: 5, result: 0 } })).rejects.toThrow(/BAD_USER_INPUT/);
  });
});
