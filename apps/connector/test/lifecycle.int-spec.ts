import { ErrorCode, REQUIRED_PERMISSIONS, Subject, TENANT_DISCONNECTED_SUBJECT, TenantCredentialsInput, TenantStatus } from '@trueconfig/common';
import { EmulatorApp } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dumpConnectorTables } from './support/database-dump';
import { expectAppError } from './support/expect-app-error';
import { ConnectorHarness, startConnectorHarness } from './support/connector-harness';
import { sealedInput } from './support/sealed-input';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const ORG = `org-${randomUUID()}`;
const ACTOR = 'apikey:lifecycle-it';
const KEPT = 'The previous credentials remain in use: nothing was changed.';
const DAY_MS = 86_400_000;

const BAD_INPUTS: Array<[string, Partial<TenantCredentialsInput>, string, string, string | null]> = [
  ['an email as client ID', { clientId: 'admin@contoso.onmicrosoft.com' }, 'clientId', 'not your email address and password - those are for interactive sign-in only', 'Do NOT use your email address and password - those are for interactive sign-in only.'],
  ['a password as directory ID', { directoryTenantId: 'Summer2026!' }, 'directoryTenantId', 'not your email address and password', 'Do NOT use your email address and password - those are for interactive sign-in only.'],
  ['a non-GUID client ID', { clientId: 'trueconfig-app' }, 'clientId', "Enter the Application (client) ID from your app registration's Overview page", null],
  ['an empty directory ID', { directoryTenantId: ' ' }, 'directoryTenantId', 'Enter the Directory (tenant) ID', null],
  ['a malformed directory ID', { directoryTenantId: 'contoso' }, 'directoryTenantId', 'must be a GUID', null],
  ['an empty secret', { clientSecret: '' }, 'clientSecret', 'Enter the client secret value you copied', null],
  ['the secret ID as secret', { clientSecret: randomUUID() }, 'clientSecret', "This looks like the client secret's ID, not its value", 'Copy the secret value (visible only once)'],
  ['an empty display name', { displayName: '' }, 'displayName', 'Enter a display name for the tenant.', null],
];

describe('reconnect, disconnect and secret warnings, against the emulator', () => {
  let h: ConnectorHarness;
  let directoryTenantId: string;

  beforeAll(async () => {
    h = await startConnectorHarness();
    ({ tenantId: directoryTenantId } = await h.emulator.createTenant({ displayName: 'Lifecycle' }));
  }, 90000);

  afterAll(async () => {
    await h?.stop();
  });

  const credentials = (app: EmulatorApp, overrides: Partial<TenantCredentialsInput> = {}): TenantCredentialsInput => ({
    displayName: 'Lifecycle',
    directoryTenantId,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    ...overrides,
  });

  async function connected(app: EmulatorApp) {
    const input = await sealedInput(h.requester, credentials(app));
    return (await h.requester.request(Subject.ConnectTenant, { orgId: ORG, actor: ACTOR, input })).tenant;
  }

  async function reconnect(tenantId: string, input: TenantCredentialsInput) {
    return h.requester.request(Subject.ReconnectTenant, { orgId: ORG, actor: ACTOR, tenantId, input: await sealedInput(h.requester, input) });
  }

  async function storedTenant(id: string) {
    return (await dumpConnectorTables(h.databaseUrl)).tenants.find((t) => t.id === id) as Record<string, unknown>;
  }

  const newApp = (secretExpiresAt?: string) => h.emulator.createApp(directoryTenantId, { permissions: ALL_PERMISSIONS, ...(secretExpiresAt ? { secretExpiresAt } : {}) });

  it('reconnects with a rotated secret: new secret version, new ciphertext, tokens from the new secret', async () => {
    const app = await newApp();
    const tenant = await connected(app);
    const before = await storedTenant(tenant.id);
    const rotated = await h.emulator.updateApp(directoryTenantId, app.clientId, { rotateSecret: true });
    const { tenant: after, connectionTest } = await reconnect(tenant.id, credentials(app, { clientSecret: rotated.clientSecret as string, displayName: 'Renamed' }));
    expect(after).toMatchObject({ id: tenant.id, status: TenantStatus.CONNECTED, displayName: 'Renamed', secretHint: (rotated.clientSecret as string).slice(-3) });
    expect(connectionTest).toMatchObject({ ok: true, tenantId: tenant.id });
    const stored = await storedTenant(tenant.id);
    expect(stored.secret_version).toBe(2);
    expect((stored.secret_ciphertext as Buffer).equals(before.secret_ciphertext as Buffer)).toBe(false);
    await expect(h.requester.request(Subject.AcquireToken, { tenantId: tenant.id })).resolves.toMatchObject({ directoryTenantId });
  });

  it.each<[string, Partial<TenantCredentialsInput>, ErrorCode, string]>([
    ['a wrong secret', { clientSecret: 'Wr0ng~secret.value-that-is-long' }, ErrorCode.INVALID_CREDENTIALS, 'Step 1: Verify App Registration'],
    ['an unknown app', { clientId: randomUUID() }, ErrorCode.APP_NOT_FOUND, 'Step 3: Update Credentials in TrueConfig'],
    ['an unknown directory', { directoryTenantId: randomUUID() }, ErrorCode.TENANT_NOT_FOUND, 'Click "Save and Test Connection"'],
  ])('keeps the old working credentials when the new ones fail (%s), and says so', async (_case, overrides, code, step) => {
    const app = await newApp();
    const tenant = await connected(app);
    const before = await storedTenant(tenant.id);
    const error = await expectAppError(reconnect(tenant.id, credentials(app, overrides)));
    expect(error.code).toBe(code);
    expect(error.message).toContain(KEPT);
    expect(error.remediation).toContain(step);
    expect(error.details).toMatchObject({ previousCredentialsKept: true, tenantId: tenant.id, connectionTest: { ok: false, tokenAcquired: false, tenantId: tenant.id } });
    const stored = await storedTenant(tenant.id);
    expect(stored).toMatchObject({ secret_version: 1, status: TenantStatus.CONNECTED, client_id: app.clientId, directory_tenant_id: directoryTenantId });
    expect((stored.secret_ciphertext as Buffer).equals(before.secret_ciphertext as Buffer)).toBe(true);
    await expect(h.requester.request(Subject.AcquireToken, { tenantId: tenant.id })).resolves.toMatchObject({ directoryTenantId });
  });

  it.each(BAD_INPUTS)('refuses %s on connect with BAD_USER_INPUT, saving nothing', async (_case, overrides, field, message, step) => {
    const input = await sealedInput(h.requester, credentials(await newApp(), overrides));
    const error = await expectAppError(h.requester.request(Subject.ConnectTenant, { orgId: ORG, actor: ACTOR, input }));
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field } });
    expect(error.message).toContain(message);
    if (step) expect(error.remediation).toContain(step);
  });

  it.each(BAD_INPUTS)('refuses %s on reconnect with BAD_USER_INPUT, before any token request', async (_case, overrides, field, message, step) => {
    const tenant = await connected(await newApp());
    const error = await expectAppError(reconnect(tenant.id, credentials(await newApp(), overrides)));
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field } });
    expect(error.message).toContain(message);
    if (step) expect(error.remediation).toContain(step);
    expect((await storedTenant(tenant.id)).secret_version).toBe(1);
  });

  it('refuses to reconnect onto an app registration another tenant already uses', async () => {
    const first = await newApp();
    await connected(first);
    const second = await connected(await newApp());
    const error = await expectAppError(reconnect(second.id, credentials(first)));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toContain('already connected');
  });

  it('disconnects: deletes the secret, refuses tokens, announces it and can reconnect later', async () => {
    const app = await newApp();
    const tenant = await connected(app);
    const disconnected = await h.requester.request(Subject.DisconnectTenant, { orgId: ORG, actor: ACTOR, tenantId: tenant.id });
    expect(disconnected).toMatchObject({ id: tenant.id, status: TenantStatus.DISCONNECTED, secretWarnings: [] });
    expect(await storedTenant(tenant.id)).toMatchObject({ secret_ciphertext: null, secret_iv: null, secret_auth_tag: null, secret_key_id: null });
    const refused = await expectAppError(h.requester.request(Subject.AcquireToken, { tenantId: tenant.id }));
    expect(refused).toMatchObject({ code: ErrorCode.NOT_FOUND, message: expect.stringContaining('is disconnected') });
    const events = h.capture.messages.filter((m) => m.subject === TENANT_DISCONNECTED_SUBJECT).map((m) => JSON.parse(m.data));
    expect(events).toContainEqual(expect.objectContaining({ tenantId: tenant.id, orgId: ORG }));
    const audit = h.capture.messages.filter((m) => m.subject === 'audit.events.connector').map((m) => JSON.parse(m.data));
    expect(audit).toContainEqual(expect.objectContaining({ code: 'TENANT_DISCONNECTED', tenantId: tenant.id, actor: ACTOR }));
    await expect(h.requester.request(Subject.DisconnectTenant, { orgId: ORG, actor: ACTOR, tenantId: tenant.id })).resolves.toMatchObject({ status: 'DISCONNECTED' });
    const { tenant: back } = await reconnect(tenant.id, credentials(app));
    expect(back.status).toBe(TenantStatus.CONNECTED);
    await expect(h.requester.request(Subject.AcquireToken, { tenantId: tenant.id })).resolves.toMatchObject({ directoryTenantId });
  });

  it('warns at 30 and 14 days before expiry once each, and after 90 days of age', async () => {
    const tenant = await connected(await newApp(new Date(Date.now() + 10 * DAY_MS).toISOString()));
    expect(tenant.secretWarnings?.map((w) => w.code)).toEqual(['EXPIRES_IN_14_DAYS']);
    expect(tenant.secretAgeDays).toBe(0);
    const client = new Client({ connectionString: h.databaseUrl });
    await client.connect();
    await client.query('UPDATE connector.tenants SET secret_entered_at = $1 WHERE id = $2', [new Date(Date.now() - 100 * DAY_MS), tenant.id]);
    await client.end();
    await h.requester.request(Subject.TestConnection, { orgId: ORG, actor: ACTOR, tenantId: tenant.id });
    await h.requester.request(Subject.TestConnection, { orgId: ORG, actor: ACTOR, tenantId: tenant.id });
    const fetched = await h.requester.request(Subject.GetTenant, { orgId: ORG, tenantId: tenant.id });
    expect(fetched.secretAgeDays).toBe(100);
    expect(fetched.secretWarnings?.map((w) => w.code)).toEqual(['EXPIRES_IN_14_DAYS', 'OLDER_THAN_90_DAYS']);
    const warnings = h.capture.messages
      .filter((m) => m.subject === 'audit.events.connector')
      .map((m) => JSON.parse(m.data))
      .filter((e) => e.code === 'SECRET_WARNING' && e.tenantId === tenant.id)
      .map((e) => e.details.warning);
    expect(warnings.sort()).toEqual(['EXPIRES_IN_14_DAYS', 'EXPIRES_IN_30_DAYS', 'OLDER_THAN_90_DAYS']);
  });
});
