import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { builtScript, EmulatorApp, EmulatorTenantInput } from '@trueconfig/launcher';
import { emulator, env } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, finishedScan, startScan } from '../support/scan-helpers';

jest.setTimeout(180000);

const run = promisify(execFile);

/** The demo's kind of tenant: something to find in every control family, a report-only and a disabled policy. */
const DEMO_LIKE: EmulatorTenantInput = {
  displayName: 'Export demo',
  licence: 'p2',
  generate: { users: 340, guestRatio: 0.08, disabledRatio: 0.05, mfaRegisteredRatio: 0.82, admins: 5, seed: 2026 },
  roles: { 'Global Administrator': { assigned: 2, eligible: 1 }, 'Security Administrator': { eligible: 1, activated: 1 } },
  conditionalAccess: [
    { kind: 'requireMfaAllUsers' },
    { kind: 'blockLegacyAuthentication' },
    { kind: 'requirePhishingResistantMfaAdmins', state: 'enabledForReportingButNotEnforced' },
    { kind: 'blockDeviceCodeFlow', state: 'disabled' },
  ],
  appRegistrations: { count: 6, expiredSecrets: 1, expiringSoon: 2, longLivedSecrets: 1, withRiskyPermissions: 1 },
  settings: { authorizationPolicy: { allowInvitesFrom: 'adminsAndGuestInviters', allowedToCreateApps: false }, pim: { approvalRequiredForGlobalAdmin: true } },
};

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function evaluateCli(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run('node', [builtScript('tools/evaluate', 'evaluate.cli.js'), ...args], { env: { ...process.env, ...extraEnv } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const exportArgs = (file: string, tenant: string, app: Pick<EmulatorApp, 'clientId'>) => [
  '--export',
  file,
  '--tenant',
  tenant,
  '--client-id',
  app.clientId,
  '--authority-host',
  env.emulatorUrl,
  '--graph-url',
  env.emulatorUrl,
  '--ca-file',
  env.caCertPath,
];

async function liveStatuses(directoryTenantId: string, app: EmulatorApp): Promise<Record<string, string>> {
  const connected = await connect(directoryTenantId, app);
  if (!connected.data) throw new Error(`connect failed: ${JSON.stringify(connected.errors)}`);
  const scan = await finishedScan(await startScan(connected.data.connectTenant.tenant.id));
  return Object.fromEntries(scan.results.map((r) => [r.controlId, r.status]));
}

describe('npm run evaluate -- --export (e2e)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-export-'));
  const snapshots = new Map<string, Record<string, unknown>>();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['the demo-like P2 tenant, all six permissions', DEMO_LIKE, ALL_PERMISSIONS],
    ['a Free tenant without Policy.Read.All', { ...DEMO_LIKE, displayName: 'Export free', licence: 'free' as const }, ALL_PERMISSIONS.filter((p) => p !== 'Policy.Read.All')],
  ])('exports %s; evaluated offline it gives every control the status a live scan gives', async (_label, input, permissions) => {
    const tenant = await emulator.createTenant(input);
    const app = await emulator.createApp(tenant.tenantId, { permissions });
    const file = join(dir, `${tenant.tenantId}.json`);
    const secretFile = join(dir, `${tenant.tenantId}.secret`);
    writeFileSync(secretFile, `${app.clientSecret}\n`, { mode: 0o600 });

    const exported = await evaluateCli([...exportArgs(file, tenant.tenantId, app), '--client-secret-file', secretFile]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain(`Exported tenant ${tenant.tenantId} to ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(`${text}${exported.stdout}`).not.toContain(app.clientSecret);
    snapshots.set(input.licence ?? 'p2', JSON.parse(text) as Record<string, unknown>);

    const offline = await evaluateCli(['--snapshot', file, '--json']);
    expect(offline.code).toBe(0);
    const offlineStatuses = Object.fromEntries((JSON.parse(offline.stdout) as Array<{ controlId: string; status: string }>).map((r) => [r.controlId, r.status]));
    expect(offlineStatuses).toEqual(await liveStatuses(tenant.tenantId, app));
  });

  it('keeps what the licence withholds as unavailable and what Graph refused as its error', () => {
    const free = snapshots.get('free') ?? {};
    expect(free._meta).toMatchObject({ licence: 'free', grantedPermissions: expect.not.arrayContaining(['Policy.Read.All']) });
    expect(free['v1.0/identity/conditionalAccess/policies']).toMatchObject({ unavailable: { cause: 'licence' } });
    expect(free['v1.0/roleManagement/directory/roleEligibilitySchedules']).toMatchObject({ unavailable: { cause: 'licence' } });
    expect(free['v1.0/policies/authorizationPolicy']).toMatchObject({ error: { status: 403 } });
    expect(snapshots.get('p2')?.['v1.0/policies/authorizationPolicy']).toMatchObject({ id: 'authorizationPolicy', allowInvitesFrom: 'adminsAndGuestInviters' });
  });

  it('with a wrong secret gives the connector diagnosis, writes no file and never prints the secret', async () => {
    const tenant = await emulator.createTenant({ displayName: 'Export wrong secret', licence: 'p1', generate: { users: 5 } });
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const file = join(dir, 'wrong.json');
    const wrong = `${app.clientSecret.slice(0, -4)}Xy9~`;
    const outcome = await evaluateCli(exportArgs(file, tenant.tenantId, app), { AZURE_CLIENT_SECRET: wrong });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^evaluate: no access token \(INVALID_CREDENTIALS\): Invalid credentials: Entra ID rejected the client secret \(AADSTS7000215\)/);
    expect(outcome.stderr).toContain('Nothing was written.');
    expect(`${outcome.stdout}${outcome.stderr}`).not.toContain(wrong);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });
});
