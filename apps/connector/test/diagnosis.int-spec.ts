import { ConnectionCheckDto, ConnectionCheckKind, ConnectionCheckStatus, ErrorCode, REQUIRED_PERMISSIONS, Subject, TenantStatus } from '@trueconfig/common';
import { EmulatorApp, EmulatorAppInput } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { ConnectorHarness, startConnectorHarness } from './support/connector-harness';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const ORG = `org-${randomUUID()}`;
const ACTOR = 'apikey:diagnosis-it';

/** Issue 4 point 2: the structured diagnosis of a connection test, check by check. */
describe('connection test diagnosis, against the emulator', () => {
  let h: ConnectorHarness;

  beforeAll(async () => {
    h = await startConnectorHarness();
  }, 90000);

  afterAll(async () => {
    await h?.stop();
  });

  async function newApp(licence: 'free' | 'p1' | 'p2', input: Partial<EmulatorAppInput> = {}): Promise<{ app: EmulatorApp; directoryTenantId: string }> {
    const { tenantId: directoryTenantId } = await h.emulator.createTenant({ displayName: `Diag ${licence}`, licence });
    const app = await h.emulator.createApp(directoryTenantId, { permissions: ALL_PERMISSIONS, ...input });
    return { app, directoryTenantId };
  }

  function connect(app: EmulatorApp, directoryTenantId: string) {
    const input = { displayName: 'Diag', directoryTenantId, clientId: app.clientId, clientSecret: app.clientSecret };
    return h.requester.request(Subject.ConnectTenant, { orgId: ORG, actor: ACTOR, input });
  }

  const byKind = (checks: ConnectionCheckDto[] | undefined, kind: ConnectionCheckKind) => (checks ?? []).filter((c) => c.kind === kind);

  it('reports every check of a healthy P2 tenant: token, six permissions, consent, Graph, licence, secret expiry', async () => {
    const expiresAt = new Date(Date.now() + 120 * 86_400_000).toISOString();
    const { app, directoryTenantId } = await newApp('p2', { secretExpiresAt: expiresAt });
    const { tenant, connectionTest } = await connect(app, directoryTenantId);
    expect(connectionTest).toMatchObject({ ok: true, tokenAcquired: true, adminConsent: true, graphReachable: true, licenceTier: 'p2' });
    expect(connectionTest.secretExpiresAt).toBe(new Date(expiresAt).toISOString());
    expect(tenant.secretExpiresAt).toBe(connectionTest.secretExpiresAt);
    const checks = connectionTest.checks ?? [];
    expect(byKind(checks, ConnectionCheckKind.TOKEN)).toEqual([expect.objectContaining({ status: ConnectionCheckStatus.PASSED })]);
    expect(byKind(checks, ConnectionCheckKind.PERMISSION).map((c) => [c.target, c.status])).toEqual(ALL_PERMISSIONS.map((p) => [p, 'PASSED']));
    expect(byKind(checks, ConnectionCheckKind.GRAPH).every((c) => c.status === ConnectionCheckStatus.PASSED)).toBe(true);
    expect(byKind(checks, ConnectionCheckKind.GRAPH)).toHaveLength(6);
    expect(byKind(checks, ConnectionCheckKind.LICENCE)[0]).toMatchObject({ status: 'PASSED', message: 'Entra ID P2 licence detected.' });
    expect(byKind(checks, ConnectionCheckKind.SECRET_EXPIRY)[0]).toMatchObject({ status: 'PASSED' });
  });

  it('detects a tenant without Entra ID P1/P2 as a warning, not a failure', async () => {
    const { app, directoryTenantId } = await newApp('free');
    const { connectionTest } = await connect(app, directoryTenantId);
    expect(connectionTest).toMatchObject({ ok: true, licenceTier: 'free' });
    expect(byKind(connectionTest.checks, ConnectionCheckKind.LICENCE)[0]).toMatchObject({
      status: 'WARNING',
      message: expect.stringContaining('No Entra ID P1/P2 licence detected'),
    });
  });

  it('reports missing admin consent when the token carries no roles', async () => {
    const { app, directoryTenantId } = await newApp('p1', { permissions: [] });
    const { tenant, connectionTest } = await connect(app, directoryTenantId);
    expect(tenant.status).toBe(TenantStatus.DEGRADED);
    expect(connectionTest).toMatchObject({ ok: false, adminConsent: false, errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS });
    expect(byKind(connectionTest.checks, ConnectionCheckKind.ADMIN_CONSENT)[0]).toMatchObject({
      status: 'FAILED',
      remediation: expect.arrayContaining(['Click "Grant admin consent for [Organization]"']),
    });
    expect(connectionTest.message).toContain('missing 6 of the 6');
  });

  it('turns a Graph 403 into INSUFFICIENT_PERMISSIONS naming the permission and its purpose, although the role was granted', async () => {
    const { app, directoryTenantId } = await newApp('p1');
    await h.emulator.call('PUT', '/_emulator/permissions', { path: '/users', anyOf: ['User.ReadWrite.All'] });
    try {
      const { tenant, connectionTest } = await connect(app, directoryTenantId);
      expect(tenant.status).toBe(TenantStatus.DEGRADED);
      expect(connectionTest).toMatchObject({ ok: false, errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS, graphReachable: true });
      expect(connectionTest.message).toContain('User.Read.All (Read user profiles)');
      expect(connectionTest.permissions.find((p) => p.name === 'User.Read.All')?.granted).toBe(true);
      const graph = byKind(connectionTest.checks, ConnectionCheckKind.GRAPH).find((c) => c.target?.startsWith('User.Read.All'));
      expect(graph).toMatchObject({ status: 'FAILED', errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS });
      expect(connectionTest.remediation).toContain('Click "Add a permission" → Microsoft Graph → Application permissions');
    } finally {
      await h.emulator.call('PUT', '/_emulator/permissions', { path: '/users', anyOf: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'] });
    }
  });

  it('diagnoses a throttled Graph as RATE_LIMITED with the page steps', async () => {
    const { app, directoryTenantId } = await newApp('p1');
    await h.emulator.addFault({ tenantId: directoryTenantId, pathPattern: '/v1.0/users*', status: 429, count: 1, retryAfterSeconds: 0 });
    const { tenant, connectionTest } = await connect(app, directoryTenantId);
    expect(tenant.status).toBe(TenantStatus.CONNECTED);
    expect(connectionTest).toMatchObject({ ok: false, tokenAcquired: true, errorCode: ErrorCode.RATE_LIMITED });
    expect(connectionTest.message).toContain('Microsoft Graph throttled the connection test (HTTP 429)');
    expect(connectionTest.remediation).toContain('Wait 5-10 minutes and retry - rate limits reset automatically');
  });

  it('says the secret expiry is unknown when the app registration cannot be read', async () => {
    const { app, directoryTenantId } = await newApp('p1', { permissions: ALL_PERMISSIONS.filter((p) => p !== 'Directory.Read.All') });
    const { connectionTest } = await connect(app, directoryTenantId);
    expect(connectionTest.secretExpiresAt).toBeNull();
    expect(byKind(connectionTest.checks, ConnectionCheckKind.SECRET_EXPIRY)[0]).toMatchObject({
      status: 'UNKNOWN',
      message: expect.stringContaining('needs Application.Read.All'),
    });
  });

  it('skips every later check when no token is acquired, keeping the Entra code on the token check', async () => {
    const { app, directoryTenantId } = await newApp('p1', { disabled: true });
    const input = { displayName: 'Diag', directoryTenantId, clientId: app.clientId, clientSecret: app.clientSecret };
    const error = await h.requester.request(Subject.ConnectTenant, { orgId: ORG, actor: ACTOR, input }).catch((e: unknown) => e);
    const test = (error as { details: { connectionTest: { checks: Array<{ kind: string; status: string; target: string | null }> } } }).details.connectionTest;
    expect(test.checks[0]).toMatchObject({ kind: 'TOKEN', status: 'FAILED', target: 'AADSTS7000112' });
    expect(test.checks.slice(1).every((c) => c.status === 'SKIPPED')).toBe(true);
  });
});
