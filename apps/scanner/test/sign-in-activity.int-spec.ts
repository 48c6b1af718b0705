import { REQUIRED_PERMISSIONS, ScanDto, ScanTrigger, Subject } from '@trueconfig/common';
import { waitFor } from '@trueconfig/launcher';
import { DataSource } from 'typeorm';
import { ScanSteps } from './support/scan-steps';
import { openScannerDatabase } from './support/scanner-database';
import { ScannerHarness, startScannerHarness } from './support/scanner-harness';

// Every permission, AuditLog.Read.All included: a P1 tenant's users are read with signInActivity.
const PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const STALE_CONTROLS = ['HY-01', 'HY-04'];

jest.setTimeout(90000);

describe('signInActivity on delta scans (integration)', () => {
  let h: ScannerHarness;
  let steps: ScanSteps;
  let db: DataSource;

  beforeAll(async () => {
    h = await startScannerHarness();
    steps = new ScanSteps(h);
    db = await openScannerDatabase(h.databaseUrl);
  }, 60000);

  afterAll(async () => {
    await db?.destroy();
    await h?.stop();
  });

  const requestsTo = async (path: string) => (await h.emulator.stats()).requests.filter((r) => r.path === path && r.status === 200).reduce((sum, r) => sum + r.count, 0);

  const scan = async (tenantId: string, full = false): Promise<ScanDto> => {
    await h.emulator.resetStats();
    const request = { orgId: steps.orgId, actor: 'api-key-1', tenantId, trigger: ScanTrigger.MANUAL, ...(full ? { full } : {}) };
    const started = await h.requester.request(Subject.StartScan, request);
    return steps.finishedScan(started.id);
  };

  const deltaLink = async (): Promise<string | null> =>
    ((await db.query(`SELECT delta_link FROM scanner.replica_syncs WHERE dataset = 'v1.0/users'`)) as Array<{ delta_link: string | null }>)[0]?.delta_link ?? null;

  const staleResults = (scanned: ScanDto) =>
    scanned.results.filter((r) => STALE_CONTROLS.includes(r.controlId)).map((r) => ({ controlId: r.controlId, status: r.status, metric: r.metric, affectedCount: r.affectedCount, evidence: r.evidence }));
  const verdicts = (scanned: ScanDto) => scanned.results.map((r) => [r.controlId, r.status, r.metric, r.affectedCount]);
  const asOf = (scanned: ScanDto) => /Sign-in activity as of ([\d-]+ [\d:]+) UTC\./.exec(scanned.results.find((r) => r.controlId === 'HY-01')?.summary ?? '')?.[1];

  it('reuses the last full sign-in read on delta scans until it is too old; a full scan reads it again', async () => {
    const tenant = await steps.connectTenant(PERMISSIONS, { users: 1500 });

    const first = await scan(tenant.id);
    expect(await requestsTo('/v1.0/users')).toBe(3); // 1,500 users with signInActivity, 500 a page
    // The next scan's link: a users/delta round once the scan is over.
    await waitFor('the users/delta link', async () => (await deltaLink()) !== null, 20000);
    expect(await requestsTo('/v1.0/users/delta')).toBe(2);
    expect(staleResults(first).map((r) => r.status)).not.toContain('DEGRADED');
    const firstAsOf = asOf(first);
    expect(firstAsOf).toBeDefined();

    const second = await scan(tenant.id);
    expect(await requestsTo('/v1.0/users')).toBe(0);
    expect(await requestsTo('/v1.0/users/delta')).toBe(1); // the delta link: nothing changed
    expect(staleResults(second)).toEqual(staleResults(first));
    expect(verdicts(second)).toEqual(verdicts(first));
    expect(asOf(second)).toBe(firstAsOf);

    // Past SIGN_IN_ACTIVITY_MAX_AGE_HOURS (24 by default) the activity is read in full again; the link is kept up to date.
    await db.query(`UPDATE scanner.replica_syncs SET sign_ins_read_at = now() - interval '25 hours' WHERE dataset = 'v1.0/users'`);
    const aged = await scan(tenant.id);
    expect(await requestsTo('/v1.0/users')).toBe(3);
    expect(await requestsTo('/v1.0/users/delta')).toBe(1);
    expect(verdicts(aged)).toEqual(verdicts(first));

    const third = await scan(tenant.id);
    expect(await requestsTo('/v1.0/users')).toBe(0);
    expect(verdicts(third)).toEqual(verdicts(first));

    const full = await scan(tenant.id, true);
    expect(await requestsTo('/v1.0/users')).toBe(3);
    expect(verdicts(full)).toEqual(verdicts(first));
  });
});
