import {
  AuditCode,
  AuditLevel,
  ControlStatus,
  ErrorCode,
  REQUIRED_PERMISSIONS,
  ScanDto,
  ScanStatus,
  Subject,
} from '@trueconfig/common';
import { createServiceDataSource } from '@trueconfig/common';
import { ENTRA_CATALOG } from '@trueconfig/controls';
import { EmulatorFault, waitFor } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { scannerDatabaseOptions } from '../src/database/scanner-database.options';
import { ControlResultStore } from '../src/scan/control-result.store';
import { ScanSteps, TenantOptions } from './support/scan-steps';
import { ScannerHarness, startScannerHarness } from './support/scanner-harness';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const WITHOUT_REPORTS = ALL_PERMISSIONS.filter((p) => p !== 'Reports.Read.All');
const MFA_WARNING = 'MFA registration fetch failed (requires Reports.Read.All)';
const ORG = 'org-a';
const REGISTRATIONS = 'beta/reports/authenticationMethods/userRegistrationDetails';

// The integration project's testTimeout is not applied per project by jest 30: set it here.
jest.setTimeout(60000);

describe('scanner (integration: NATS, Postgres, emulator, Graph client)', () => {
  let h: ScannerHarness;
  let fullScan: ScanDto;
  let fullTenantId: string;

  let steps: ScanSteps;

  beforeAll(async () => {
    h = await startScannerHarness();
    steps = new ScanSteps(h, ORG);
  }, 60000);

  afterAll(async () => {
    await h?.stop();
  });

  const connectTenant = (permissions: string[], options?: TenantOptions) => steps.connectTenant(permissions, options);
  const startScan = (tenantId: string, orgId?: string) => steps.startScan(tenantId, orgId);
  const finishedScan = (scanId: string) => steps.finishedScan(scanId);
  const auditEvent = (scanId: string, code: string) => steps.auditEvent(scanId, code);

  it('scans a fully permissioned tenant: SUCCEEDED, ID-01 equal to the true share, progress up to 100', async () => {
    const tenant = await connectTenant(ALL_PERMISSIONS, { users: 2500 });
    fullTenantId = tenant.id;
    const started = await startScan(tenant.id);
    expect(started).toMatchObject({ orgId: ORG, tenantId: tenant.id, status: ScanStatus.QUEUED, phase: 'queued', progress: 0, results: [] });

    fullScan = await finishedScan(started.id);
    expect(fullScan).toMatchObject({ status: ScanStatus.SUCCEEDED, progress: 100, warnings: [], error: null });
    // Every dataset of the catalog (users alone: 5 pages of 500 with signInActivity); nothing throttled.
    expect(fullScan.graphRequests).toMatchObject({ throttled: 0, retries: 0, giveUps: 0 });
    expect(fullScan.graphRequests?.total).toBeGreaterThan(20);
    const { enabledMembers, enabledMembersMfaRegistered } = tenant.stats;
    expect(fullScan.results.map((r) => r.controlId)).toEqual(ENTRA_CATALOG.map((c) => c.id));
    expect(fullScan.results.slice(0, 1)).toEqual([
      expect.objectContaining({
        controlId: 'ID-01',
        status: ControlStatus.FAIL,
        metric: Math.round((enabledMembersMfaRegistered * 1000) / enabledMembers) / 10,
        affectedCount: enabledMembers - enabledMembersMfaRegistered,
      }),
    ]);
    expect(fullScan.results[0].evidence).toHaveLength(20);

    await waitFor('final progress event', async () => h.progress.some((e) => e.scanId === started.id && e.percent === 100), 5000);
    const events = h.progress.filter((e) => e.scanId === started.id);
    const percents = events.map((e) => e.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['token', 'collecting', 'evaluating', 'storing']));
    const userPages = events.filter((e) => e.dataset === 'v1.0/users' && e.pagesRead !== undefined).map((e) => e.pagesRead ?? 0);
    // Pages of 500 from Graph (signInActivity) or of 999 from the tenant's replica, counted from 1: the first and the last
    // always reported, those in between at most every PAGE_EVENT_INTERVAL_MS.
    expect(userPages[0]).toBe(1);
    expect(userPages).toEqual([...new Set(userPages)].sort((a, b) => a - b));
    expect(userPages[userPages.length - 1]).toBeGreaterThanOrEqual(3);
    expect(events[events.length - 1]).toMatchObject({ phase: 'finished', percent: 100, status: ScanStatus.SUCCEEDED, tenantId: tenant.id, orgId: ORG });
    // The registration report is counted ($count with ConsistencyLevel: eventual): rows against the total, page by page.
    const registrationPages = events.filter((e) => e.dataset === 'beta/reports/authenticationMethods/userRegistrationDetails' && e.pagesRead !== undefined);
    const counted = registrationPages.map((e) => [e.rowsRead, e.expectedRows, e.datasetPercent]);
    expect(counted[0]).toEqual([999, 2500, 39]);
    expect(counted[counted.length - 1]).toEqual([2500, 2500, 100]);
    expect(counted.slice(1, -1)).toEqual(counted.length === 3 ? [[1998, 2500, 79]] : []);
    // Users listed through users/delta carry no count, so no dataset percent; a plain listing carries Graph's.
    const lastUserPage = events.filter((e) => e.dataset === 'v1.0/users' && e.pagesRead !== undefined).pop();
    expect(lastUserPage).toMatchObject(lastUserPage?.expectedRows == null ? { rowsRead: 2500, datasetPercent: null } : { rowsRead: 2500, expectedRows: 2500, datasetPercent: 100 });
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    expect(await auditEvent(started.id, AuditCode.SCAN_STARTED)).toMatchObject({ tenantId: tenant.id, level: AuditLevel.INFO, actor: 'api-key-1' });
    expect(await auditEvent(started.id, AuditCode.SCAN_FINISHED)).toMatchObject({
      level: AuditLevel.INFO,
      details: expect.objectContaining({ status: ScanStatus.SUCCEEDED, counts: expect.objectContaining({ FAIL: fullScan.results.filter((r) => r.status === ControlStatus.FAIL).length }) }),
    });
  });

  it('without Reports.Read.All: PARTIAL, ID-01 DEGRADED from Conditional Access, the exact warning in scan, log and sync log', async () => {
    const tenant = await connectTenant(WITHOUT_REPORTS);
    const scan = await finishedScan((await startScan(tenant.id)).id);

    expect(scan).toMatchObject({ status: ScanStatus.PARTIAL, warnings: [MFA_WARNING], error: null });
    const [id01] = scan.results;
    expect(id01).toMatchObject({ controlId: 'ID-01', status: ControlStatus.DEGRADED, metric: null });
    expect(id01.summary).toContain('MFA registration data is unavailable (requires Reports.Read.All)');
    expect(id01.summary).toContain('enabled policy "Require MFA for all users" requires MFA for all users and all cloud apps');

    expect(await auditEvent(scan.id, AuditCode.DATASET_UNAVAILABLE)).toMatchObject({
      service: 'scanner',
      level: AuditLevel.WARN,
      message: MFA_WARNING,
      tenantId: tenant.id,
      scanId: scan.id,
      details: expect.objectContaining({ permission: 'Reports.Read.All', status: 403 }),
    });
    expect(await auditEvent(scan.id, AuditCode.SCAN_FINISHED)).toMatchObject({ level: AuditLevel.WARN, details: expect.objectContaining({ status: ScanStatus.PARTIAL }) });
    expect(h.scanner.lines.some((line) => line.includes(MFA_WARNING) && line.includes(scan.id))).toBe(true);
    const final = h.progress.filter((e) => e.scanId === scan.id).pop();
    expect(final).toMatchObject({ percent: 100, status: ScanStatus.PARTIAL });
  });

  it('refuses a second scan of a tenant while one runs, then accepts one once it has finished', async () => {
    const tenant = await connectTenant(ALL_PERMISSIONS, { tokenDelayMs: 1500 });
    const first = await startScan(tenant.id);
    await expect(startScan(tenant.id)).rejects.toMatchObject({ code: ErrorCode.SCAN_IN_PROGRESS, details: { scanId: first.id } });
    await finishedScan(first.id);
    h.registry.tenants.get(tenant.id)!.tokenDelayMs = 0;
    const second = await startScan(tenant.id);
    expect(second.id).not.toBe(first.id);
    await finishedScan(second.id);
  });

  it("fails the scan with the connector's diagnosis when no token can be acquired", async () => {
    const tenant = await connectTenant(ALL_PERMISSIONS, { wrongSecret: true });
    const scan = await finishedScan((await startScan(tenant.id)).id);
    expect(scan).toMatchObject({ status: ScanStatus.FAILED, results: [], error: { code: ErrorCode.INVALID_CREDENTIALS, message: 'Invalid client secret provided.' } });
    expect(scan.error?.remediation).toHaveLength(2);
    expect(await auditEvent(scan.id, AuditCode.SCAN_FINISHED)).toMatchObject({ level: AuditLevel.ERROR, details: expect.objectContaining({ status: ScanStatus.FAILED }) });
  });

  it('keeps every scan inside its organisation and answers latest scans in one batch', async () => {
    await expect(h.requester.request(Subject.GetScan, { orgId: 'org-b', scanId: fullScan.id })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(h.requester.request(Subject.GetScan, { orgId: ORG, scanId: 'not-a-scan-id' })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(startScan(fullTenantId, 'org-b')).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(startScan(randomUUID())).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });

    const unknown = randomUUID();
    const latest = await h.requester.request(Subject.LatestScans, { orgId: ORG, tenantIds: [unknown, fullTenantId] });
    const { results, ...fields } = fullScan;
    expect(latest).toEqual([null, { ...fields, score: expect.objectContaining({ judged: expect.any(Number) }) }]);
    expect(results.length).toBeGreaterThan(0);
    await expect(h.requester.request(Subject.LatestScans, { orgId: 'org-b', tenantIds: [fullTenantId] })).resolves.toEqual([null]);
  });

  it('stores results idempotently: storing a scan twice leaves one row per control', async () => {
    const dataSource = createServiceDataSource(scannerDatabaseOptions(h.databaseUrl, 2));
    await dataSource.initialize();
    try {
      await new ControlResultStore(dataSource).saveAll(fullScan.id, fullScan.results);
      const rows: Array<{ n: string }> = await dataSource.query('SELECT count(*) AS n FROM scanner.control_results WHERE scan_id = $1', [fullScan.id]);
      expect(Number(rows[0].n)).toBe(fullScan.results.length);
    } finally {
      await dataSource.destroy();
    }
  });

  it('reads the registration report again without $count when Graph refuses it: SUCCEEDED, no dataset percent, logged once', async () => {
    // Microsoft does not document $count on the report: the emulator's `refuseCount` fault answers it 400.
    const tenant = await connectTenant(ALL_PERMISSIONS, { users: 1500 });
    const fault = await h.emulator.addFault({ tenantId: tenant.directoryTenantId, pathPattern: `/${REGISTRATIONS}`, refuseCount: true });
    const started = await startScan(tenant.id);
    const scan = await finishedScan(started.id);

    expect(scan).toMatchObject({ status: ScanStatus.SUCCEEDED, warnings: [], error: null });
    const faults = await h.emulator.call<{ value: EmulatorFault[] }>('GET', '/_emulator/faults');
    expect(faults.value.find((f) => f.faultId === fault.faultId)).toMatchObject({ applied: 1 });
    await waitFor('final progress event', async () => h.progress.some((e) => e.scanId === started.id && e.percent === 100), 5000);
    const pages = h.progress.filter((e) => e.scanId === started.id && e.dataset === REGISTRATIONS && e.pagesRead !== undefined);
    expect(pages.map((e) => [e.rowsRead, e.expectedRows ?? null, e.datasetPercent ?? null])).toEqual([
      [999, null, null],
      [1500, null, null],
    ]);
    expect(h.scanner.lines.filter((line) => line.includes('Graph refused $count') && line.includes(tenant.id))).toHaveLength(1);
  });

  it('is cancelled in the middle of an hour-long Retry-After: CANCELLED promptly, the wait counted', async () => {
    const tenant = await connectTenant(ALL_PERMISSIONS, { users: 50 });
    await h.emulator.addFault({ tenantId: tenant.directoryTenantId, pathPattern: '/v1.0/*', status: 429, retryAfterSeconds: 3600 });
    const { id: scanId } = await startScan(tenant.id);
    const throttleLines = () => h.scanner.lines.filter((line) => line.includes('Graph throttled the read') && line.includes(scanId));
    await waitFor('the first throttle wait', async () => throttleLines().length > 0, 15000);

    await h.requester.request(Subject.CancelScan, { orgId: ORG, actor: 'api-key-1', scanId });
    const scan = await finishedScan(scanId);
    expect(scan).toMatchObject({ status: ScanStatus.CANCELLED, results: [], error: null });
    expect(scan.graphRequests).toMatchObject({ throttled: 1, retries: 1, giveUps: 0 });
    expect(throttleLines()[0]).toContain('"retryAfterMs":3600000');
  });

  it('never logs an access token or a client secret', () => {
    const log = h.scanner.lines.join('\n');
    expect(h.registry.issuedTokens.length).toBeGreaterThan(0);
    for (const token of h.registry.issuedTokens) expect(log).not.toContain(token);
    for (const tenant of h.registry.tenants.values()) expect(log).not.toContain(tenant.clientSecret);
  });
});
