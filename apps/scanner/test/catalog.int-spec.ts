import { ControlResultDto, ControlStatus, REQUIRED_PERMISSIONS, ScanDto, ScanStatus } from '@trueconfig/common';
import { ENTRA_CATALOG } from '@trueconfig/controls';
import { EmulatorTenantInput } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { ScanSteps } from './support/scan-steps';
import { ScannerHarness, startScannerHarness } from './support/scanner-harness';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const DELETED_USER = randomUUID();
const RISKY_APP_PERMISSIONS = 1;

// The integration project's testTimeout is not applied per project by jest 30: set it here.
jest.setTimeout(60000);

/** A P2 tenant with something to find in every family: roles with PIM, CA policies of several kinds, weak and strong settings, apps with bad secrets. */
const RICH_TENANT: EmulatorTenantInput = {
  licence: 'p2',
  generate: { users: 300, admins: 4, mfaRegisteredRatio: 0.9, seed: 11 },
  roles: { 'Global Administrator': { assigned: 2, eligible: 1 }, 'Security Administrator': { assigned: 1 } },
  conditionalAccess: [
    { kind: 'requireMfaAllUsers' },
    { kind: 'blockLegacyAuthentication' },
    { kind: 'requireMfaAdmins', excludeUsers: [DELETED_USER] },
    { kind: 'blockHighUserRisk', state: 'enabledForReportingButNotEnforced' },
  ],
  appRegistrations: { count: 4, expiredSecrets: 1, longLivedSecrets: 1, withRiskyPermissions: RISKY_APP_PERMISSIONS },
  settings: {
    authorizationPolicy: { allowInvitesFrom: 'everyone', blockMsolPowerShell: true, allowedToCreateTenants: false },
    authenticationMethods: { sms: 'disabled', voice: 'disabled', email: 'enabled', policyMigrationState: 'migrationComplete' },
    groupCreationRestricted: true,
    pim: { approvalRequiredForGlobalAdmin: true },
  },
};

describe('scanner evaluates the whole catalog (integration: NATS, Postgres, emulator, Graph client)', () => {
  let h: ScannerHarness;
  let steps: ScanSteps;

  beforeAll(async () => {
    h = await startScannerHarness();
    steps = new ScanSteps(h, 'org-catalog');
  }, 60000);

  afterAll(async () => {
    await h?.stop();
  });

  const scanOf = async (tenant: EmulatorTenantInput): Promise<ScanDto> => {
    const connected = await steps.connectTenantFrom(tenant, ALL_PERMISSIONS);
    return steps.finishedScan((await steps.startScan(connected.id)).id);
  };
  const byId = (scan: ScanDto) => new Map(scan.results.map((r) => [r.controlId, r] as const));
  const statusOf = (results: Map<string, ControlResultDto>, id: string) => results.get(id)?.status;

  it('returns one result per catalog control, in catalog order, none ERROR, with the outcomes the tenant was built for', async () => {
    const scan = await scanOf(RICH_TENANT);
    expect(scan).toMatchObject({ status: ScanStatus.SUCCEEDED, warnings: [], error: null });
    expect(scan.results.map((r) => r.controlId)).toEqual(ENTRA_CATALOG.map((c) => c.id));
    expect(scan.results.filter((r) => r.status === ControlStatus.ERROR)).toEqual([]);
    for (const result of scan.results) expect(result.evidence.length).toBeLessThanOrEqual(50);

    const results = byId(scan);
    expect(statusOf(results, 'CA-01')).toBe(ControlStatus.PASS); // enabled block-legacy policy, no exclusions
    expect(statusOf(results, 'CA-06')).toBe(ControlStatus.WARN); // the user-risk policy is report-only
    expect(statusOf(results, 'CA-08')).toBe(ControlStatus.FAIL); // no device-code policy
    expect(statusOf(results, 'CA-12')).toBe(ControlStatus.FAIL); // excludes a user that does not exist
    expect(results.get('CA-12')?.summary).toContain('1');
    expect(statusOf(results, 'AM-01')).toBe(ControlStatus.PASS); // SMS and voice disabled
    expect(statusOf(results, 'AM-06')).toBe(ControlStatus.FAIL); // email OTP on
    expect(statusOf(results, 'GU-02')).toBe(ControlStatus.FAIL); // everyone may invite
    expect(statusOf(results, 'HY-02')).toBe(ControlStatus.PASS); // users cannot create tenants
    expect(statusOf(results, 'HY-03')).toBe(ControlStatus.PASS); // Group.Unified restricts group creation
    expect(statusOf(results, 'HY-07')).toBe(ControlStatus.PASS); // MSOnline PowerShell blocked
    expect(statusOf(results, 'AP-06')).toBe(ControlStatus.FAIL); // Mail.ReadWrite + Application.ReadWrite.All (service principals' app role assignments)
    expect(statusOf(results, 'AP-08')).toBe(ControlStatus.FAIL); // one expired secret kept
    expect(results.get('PA-01')).toMatchObject({ status: ControlStatus.PASS, summary: expect.stringContaining('3 Global Administrators') }); // 2 active + 1 eligible
    expect(statusOf(results, 'PA-04')).toBe(ControlStatus.FAIL); // permanent active assignments
    expect(statusOf(results, 'HY-01')).toBe(ControlStatus.FAIL); // signInActivity selected (P2, AuditLog.Read.All): stale accounts found
    expect(statusOf(results, 'PA-06')).toBe(ControlStatus.PASS); // GA activation needs approval
  });

  it('does not request P1/P2 datasets of a free tenant: their controls are NOT_APPLICABLE, the scan is not PARTIAL', async () => {
    await h.emulator.resetStats();
    const scan = await scanOf({ licence: 'free', generate: { users: 50, seed: 3 }, conditionalAccess: [] });
    expect(scan).toMatchObject({ status: ScanStatus.SUCCEEDED, warnings: [] });
    expect(scan.results).toHaveLength(ENTRA_CATALOG.length);
    expect(scan.results.filter((r) => r.status === ControlStatus.ERROR)).toEqual([]);
    const results = byId(scan);
    for (const id of ['ID-01', 'CA-02', 'CA-06', 'PA-04', 'PA-06']) expect([id, statusOf(results, id)]).toEqual([id, ControlStatus.NOT_APPLICABLE]);
    const paths = (await h.emulator.stats()).requests.map((r) => r.path);
    expect(paths.some((p) => p.includes('roleEligibilitySchedules') || p.includes('userRegistrationDetails') || p.includes('conditionalAccess'))).toBe(false);
    expect(paths.some((p) => p.includes('subscribedSkus'))).toBe(true);
  });
});
