import { AuditCode, ErrorCode, REQUIRED_PERMISSIONS, Subject, TenantCredentialsInput, TenantStatus } from '@trueconfig/common';
import { EmulatorApp, EmulatorAppInput } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { columnTexts, dumpConnectorTables } from './support/database-dump';
import { expectAppError } from './support/expect-app-error';
import { ConnectorHarness, startConnectorHarness } from './support/connector-harness';
import { sealedInput } from './support/sealed-input';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const WITHOUT_REPORTS = ALL_PERMISSIONS.filter((p) => p !== 'Reports.Read.All');
const ORG = `org-${randomUUID()}`;
const OTHER_ORG = `org-${randomUUID()}`;
const ACTOR = 'apikey:connector-it';

describe('connector over NATS, against the emulator', () => {
  let h: ConnectorHarness;
  let directoryTenantId: string;
  let defaultDomain: string;
  const secrets: string[] = [];
  const accessTokens: string[] = [];

  beforeAll(async () => {
    h = await startConnectorHarness();
    ({ tenantId: directoryTenantId, defaultDomain } = await h.emulator.createTenant({ displayName: 'Contoso IT' }));
  }, 90000);

  afterAll(async () => {
    await h?.stop();
  });

  async function newApp(input: Partial<EmulatorAppInput> = {}): Promise<EmulatorApp> {
    const app = await h.emulator.createApp(directoryTenantId, { permissions: ALL_PERMISSIONS, ...input });
    secrets.push(app.clientSecret);
    return app;
  }

  async function connect(app: EmulatorApp, overrides: Partial<TenantCredentialsInput> = {}, orgId = ORG) {
    const input = { displayName: 'Contoso', directoryTenantId, clientId: app.clientId, clientSecret: app.clientSecret, ...overrides };
    return h.requester.request(Subject.ConnectTenant, { orgId, actor: ACTOR, input: await sealedInput(h.requester, input) });
  }

  async function tenantCount(orgId = ORG): Promise<number> {
    return (await h.requester.request(Subject.ListTenants, { orgId, first: 100 })).items.length;
  }

  it('connects an app with all six permissions: CONNECTED, each permission granted', async () => {
    const app = await newApp();
    const { tenant, connectionTest } = await connect(app);
    expect(tenant).toMatchObject({ orgId: ORG, status: TenantStatus.CONNECTED, clientId: app.clientId, secretHint: app.clientSecret.slice(-3) });
    expect(connectionTest).toMatchObject({ ok: true, tokenAcquired: true, errorCode: null, tenantId: tenant.id, remediation: [] });
    expect(connectionTest.permissions.map((p) => [p.name, p.granted])).toEqual(ALL_PERMISSIONS.map((p) => [p, true]));
    const fetched = await h.requester.request(Subject.GetTenant, { orgId: ORG, tenantId: tenant.id });
    expect(fetched.lastConnectionTest).toEqual(connectionTest);
  });

  it('accepts the directory as a domain name', async () => {
    const { tenant } = await connect(await newApp(), { directoryTenantId: defaultDomain.toUpperCase() });
    expect(tenant).toMatchObject({ directoryTenantId: defaultDomain.toLowerCase(), status: TenantStatus.CONNECTED });
  });

  it('saves an app without Reports.Read.All as DEGRADED, listing the missing permission', async () => {
    const { tenant, connectionTest } = await connect(await newApp({ permissions: WITHOUT_REPORTS }));
    expect(tenant.status).toBe(TenantStatus.DEGRADED);
    expect(connectionTest).toMatchObject({ ok: false, tokenAcquired: true, errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS });
    expect(connectionTest.message).toContain('Reports.Read.All (Read MFA registration details and user reports)');
    expect(connectionTest.permissions.filter((p) => !p.granted).map((p) => p.name)).toEqual(['Reports.Read.All']);
    expect(connectionTest.remediation).toContain('Search for and add Reports.Read.All');
    const token = await h.requester.request(Subject.AcquireToken, { tenantId: tenant.id });
    expect(token.grantedPermissions.sort()).toEqual([...WITHOUT_REPORTS].sort());
  });

  it('refuses a wrong secret with INVALID_CREDENTIALS and the page steps, saving no tenant', async () => {
    const before = await tenantCount();
    const error = await expectAppError(connect(await newApp(), { clientSecret: 'Wr0ng~secret.value-that-is-long' }));
    expect(error.code).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(error.message).toMatch(/^Invalid credentials: .*AADSTS7000215/);
    expect(error.remediation).toEqual(expect.arrayContaining(['Step 1: Verify App Registration', 'Copy the secret value (visible only once)']));
    expect(error.details?.connectionTest).toMatchObject({ ok: false, tokenAcquired: false, tenantId: null, entraErrorCode: '7000215' });
    expect(await tenantCount()).toBe(before);
    const { connectionTests } = await dumpConnectorTables(h.databaseUrl);
    const stored = connectionTests.find((t) => t.id === (error.details?.connectionTest as { id: string }).id);
    expect(stored).toMatchObject({ tenant_id: null, org_id: ORG, error_code: ErrorCode.INVALID_CREDENTIALS });
  });

  it.each<[string, Partial<EmulatorAppInput>, ErrorCode, string]>([
    ['an expired secret', { secretExpiresAt: '2020-01-01T00:00:00Z' }, ErrorCode.SECRET_EXPIRED, 'Step 2: Check Client Secret Expiration'],
    ['a disabled app', { disabled: true }, ErrorCode.SERVICE_PRINCIPAL_DISABLED, 'Check Overview → Enabled: Should be "Yes"'],
    [
      'a Conditional Access block',
      { conditionalAccessBlocked: true },
      ErrorCode.CONDITIONAL_ACCESS_BLOCKED,
      'Excluding service principals from Conditional Access policies reduces security. Only exclude if necessary and document the exception in your security policy.',
    ],
  ])('diagnoses %s', async (_case, appInput, code, step) => {
    const error = await expectAppError(connect(await newApp(appInput)));
    expect(error.code).toBe(code);
    expect(error.remediation).toContain(step);
  });

  it('diagnoses an unknown app and an unknown directory', async () => {
    const app = await newApp();
    const unknownApp = await expectAppError(connect(app, { clientId: randomUUID() }));
    expect(unknownApp).toMatchObject({ code: ErrorCode.APP_NOT_FOUND, details: { connectionTest: { entraErrorCode: '700016' } } });
    const unknownTenant = await expectAppError(connect(app, { directoryTenantId: randomUUID() }));
    expect(unknownTenant.code).toBe(ErrorCode.TENANT_NOT_FOUND);
  });

  it('diagnoses a throttled token endpoint as RATE_LIMITED', async () => {
    const app = await newApp();
    await h.emulator.addFault({ tenantId: directoryTenantId, pathPattern: '*/oauth2/v2.0/token', status: 429, count: 4, retryAfterSeconds: 0 });
    const error = await expectAppError(connect(app));
    expect(error.code).toBe(ErrorCode.RATE_LIMITED);
    expect(error.remediation).toContain('Wait 5-10 minutes and retry - rate limits reset automatically');
  });

  it('answers an email address as client ID with BAD_USER_INPUT in the page words', async () => {
    const error = await expectAppError(connect(await newApp(), { clientId: 'admin@contoso.onmicrosoft.com' }));
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'clientId' } });
    expect(error.message).toContain('not your email address and password - those are for interactive sign-in only');
    expect(error.remediation).toContain('Do NOT use your email address and password - those are for interactive sign-in only.');
  });

  it("recognises the secret's ID pasted as its value, and a second connection of the same app", async () => {
    const app = await newApp();
    const secretId = await expectAppError(connect(app, { clientSecret: app.secretId }));
    expect(secretId).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'clientSecret' } });
    await connect(app);
    const twice = await expectAppError(connect(app, { displayName: 'Again' }));
    expect(twice.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(twice.message).toContain('already connected');
  });

  it('hands the scanner a token with the granted roles, reusing the credential', async () => {
    const { tenant } = await connect(await newApp());
    const first = await h.requester.request(Subject.AcquireToken, { tenantId: tenant.id });
    expect(first).toMatchObject({ directoryTenantId, grantedPermissions: ALL_PERMISSIONS });
    expect(first.expiresOnTimestamp).toBeGreaterThan(Date.now());
    const second = await h.requester.request(Subject.AcquireToken, { tenantId: tenant.id });
    expect(second.accessToken).toBe(first.accessToken);
    accessTokens.push(first.accessToken);
    const missing = await expectAppError(h.requester.request(Subject.AcquireToken, { tenantId: randomUUID() }));
    expect(missing.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('follows a re-test: a disabled app turns the tenant FAILED and tokens are refused until it works again', async () => {
    const app = await newApp();
    const { tenant } = await connect(app);
    await h.emulator.updateApp(directoryTenantId, app.clientId, { disabled: true });
    const failed = await h.requester.request(Subject.TestConnection, { orgId: ORG, actor: ACTOR, tenantId: tenant.id });
    expect(failed).toMatchObject({ ok: false, tokenAcquired: false, errorCode: ErrorCode.SERVICE_PRINCIPAL_DISABLED, tenantId: tenant.id });
    const afterFailure = await h.requester.request(Subject.GetTenant, { orgId: ORG, tenantId: tenant.id });
    expect(afterFailure).toMatchObject({ status: TenantStatus.FAILED, lastConnectionTest: { id: failed.id } });
    const refused = await expectAppError(h.requester.request(Subject.AcquireToken, { tenantId: tenant.id }));
    expect(refused.code).toBe(ErrorCode.SERVICE_PRINCIPAL_DISABLED);
    await h.emulator.updateApp(directoryTenantId, app.clientId, { disabled: false });
    const passed = await h.requester.request(Subject.TestConnection, { orgId: ORG, actor: ACTOR, tenantId: tenant.id });
    expect(passed.ok).toBe(true);
    await expect(h.requester.request(Subject.AcquireToken, { tenantId: tenant.id })).resolves.toMatchObject({ directoryTenantId });
  });

  it("keeps organisations apart and pages in creation order", async () => {
    const { tenant } = await connect(await newApp(), {}, OTHER_ORG);
    const foreign = await expectAppError(h.requester.request(Subject.GetTenant, { orgId: ORG, tenantId: tenant.id }));
    expect(foreign.code).toBe(ErrorCode.NOT_FOUND);
    await expect(expectAppError(h.requester.request(Subject.TestConnection, { orgId: ORG, actor: ACTOR, tenantId: tenant.id }))).resolves.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    const all = (await h.requester.request(Subject.ListTenants, { orgId: ORG, first: 100 })).items;
    expect(all.some((t) => t.id === tenant.id)).toBe(false);
    const first = await h.requester.request(Subject.ListTenants, { orgId: ORG, first: 2 });
    const second = await h.requester.request(Subject.ListTenants, { orgId: ORG, first: 2, after: first.endCursor });
    expect(first.hasNextPage).toBe(true);
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual(all.slice(0, 4).map((t) => t.id));
    expect(all.every((t) => t.lastConnectionTest !== null)).toBe(true);
  });

  it('publishes secret-free audit events with the actor', () => {
    const events = h.capture.messages.filter((m) => m.subject === 'audit.events.connector').map((m) => JSON.parse(m.data));
    const codes = new Set(events.map((e) => e.code));
    for (const code of [AuditCode.TENANT_CONNECTED, AuditCode.TENANT_CONNECT_FAILED, AuditCode.CONNECTION_TEST]) expect(codes).toContain(code);
    expect(events.every((e) => e.actor === ACTOR)).toBe(true);
    const failed = events.find((e) => e.code === AuditCode.TENANT_CONNECT_FAILED && e.details.errorCode === ErrorCode.INVALID_CREDENTIALS);
    expect(failed.details).toMatchObject({ entraErrorCode: '7000215', tokenAcquired: false });
  });

  it('keeps every secret out of output, all NATS traffic (connect requests carry it sealed) and every column but the ciphertext', async () => {
    expect(secrets.length).toBeGreaterThan(5);
    const requests = h.capture.messages.filter((m) => m.subject === Subject.ConnectTenant).map((m) => m.data);
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.every((r) => r.includes('tcseal:v1:'))).toBe(true);
    const lines = h.connector.lines.join('\n');
    const traffic = h.capture.messages.map((m) => m.data).join('\n');
    const { tenants, connectionTests } = await dumpConnectorTables(h.databaseUrl);
    const columns = [...columnTexts(tenants, ['secret_ciphertext']), ...columnTexts(connectionTests)].join('\n');
    for (const token of accessTokens) expect(lines).not.toContain(token);
    for (const secret of secrets) {
      expect(lines).not.toContain(secret);
      expect(traffic).not.toContain(secret);
      expect(columns).not.toContain(secret);
    }
    for (const row of tenants) {
      expect(row.secret_key_id).toBe('k1');
      expect(secrets.some((s) => (row.secret_ciphertext as Buffer).includes(Buffer.from(s)))).toBe(false);
    }
  });
});
