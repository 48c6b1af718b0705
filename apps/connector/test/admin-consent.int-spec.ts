import { ConnectionMode, ErrorCode, REQUIRED_PERMISSIONS, Subject, TenantStatus } from '@trueconfig/common';
import { EmulatorApp } from '@trueconfig/launcher';
import { randomBytes, randomUUID } from 'node:crypto';
import { dumpConnectorTables } from './support/database-dump';
import { expectAppError } from './support/expect-app-error';
import { consentAnswer, followConsentUrl } from './support/follow-consent';
import { ConnectorHarness, startConnectorHarness } from './support/connector-harness';

const ORG = `org-${randomUUID()}`;
const ACTOR = 'apikey:consent-it';
const APP_ID = randomUUID();
const APP_SECRET = `TC1${randomBytes(20).toString('base64url')}`;
const REDIRECT = 'https://trueconfig.example/consent/callback';
const ALL = REQUIRED_PERMISSIONS.map((p) => p.name);

/** Issue 4 point 4: TrueConfig's own multi-tenant app, consented into a customer's directory. */
describe('admin consent for TrueConfig’s multi-tenant app, against the emulator', () => {
  let h: ConnectorHarness;

  beforeAll(async () => {
    h = await startConnectorHarness({
      TRUECONFIG_APP_CLIENT_ID: APP_ID,
      TRUECONFIG_APP_CLIENT_SECRET: APP_SECRET,
      CONSENT_REDIRECT_URI: REDIRECT,
      CONSENT_STATE_SECRET: randomBytes(32).toString('base64'),
    });
    const home = await h.emulator.createTenant({ displayName: 'TrueConfig home' });
    await h.emulator.call<EmulatorApp>('POST', `/_emulator/tenants/${home.tenantId}/apps`, {
      clientId: APP_ID,
      clientSecret: APP_SECRET,
      permissions: [],
      requestedPermissions: ALL,
      multiTenant: true,
    });
  }, 90000);

  afterAll(async () => {
    await h?.stop();
  });

  const consentUrl = (directoryTenantId: string) =>
    h.requester.request(Subject.AdminConsentUrl, { orgId: ORG, actor: ACTOR, directoryTenantId, displayName: 'Fabrikam' });

  it('builds the consent URL with a signed, expiring state', async () => {
    const { tenantId } = await h.emulator.createTenant({ displayName: 'Fabrikam' });
    const { url, expiresAt } = await consentUrl(tenantId);
    const parsed = new URL(url);
    expect(parsed.pathname).toBe(`/${tenantId}/adminconsent`);
    expect(parsed.searchParams.get('client_id')).toBe(APP_ID);
    expect(parsed.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(parsed.searchParams.get('state')).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
  });

  it('records consent, tests the connection and hands out tokens of TrueConfig’s app', async () => {
    const { tenantId, defaultDomain } = await h.emulator.createTenant({ displayName: 'Fabrikam', licence: 'p2' });
    const redirect = await followConsentUrl((await consentUrl(defaultDomain)).url, h.emulator.caPem);
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT);
    const { tenant, connectionTest } = await h.requester.request(Subject.CompleteAdminConsent, consentAnswer(redirect));
    expect(tenant).toMatchObject({ orgId: ORG, directoryTenantId: tenantId, clientId: APP_ID, status: TenantStatus.CONNECTED, connectionMode: ConnectionMode.ADMIN_CONSENT, displayName: 'Fabrikam' });
    expect(connectionTest).toMatchObject({ ok: true, adminConsent: true, licenceTier: 'p2' });
    const token = await h.requester.request(Subject.AcquireToken, { tenantId: tenant.id });
    expect(token.grantedPermissions.sort()).toEqual([...ALL].sort());
    const stored = (await dumpConnectorTables(h.databaseUrl)).tenants.find((t) => t.id === tenant.id);
    expect(stored).toMatchObject({ secret_ciphertext: null, connection_mode: 'ADMIN_CONSENT' });
    const retest = await h.requester.request(Subject.TestConnection, { orgId: ORG, actor: ACTOR, tenantId: tenant.id });
    expect(retest.ok).toBe(true);
  });

  it('answers a refused consent with the page’s admin consent advice, saving nothing', async () => {
    const { tenantId } = await h.emulator.createTenant({ displayName: 'Refuser', settings: { adminConsent: 'refuse' } } as never);
    const redirect = await followConsentUrl((await consentUrl(tenantId)).url, h.emulator.caPem);
    const error = await expectAppError(h.requester.request(Subject.CompleteAdminConsent, consentAnswer(redirect)));
    expect(error.code).toBe(ErrorCode.INSUFFICIENT_PERMISSIONS);
    expect(error.message).toContain('Admin consent was not given: AADSTS65004');
    expect(error.remediation).toContain(
      'Application permissions require Global Administrator or Privileged Role Administrator consent. Standard users cannot grant these permissions.',
    );
  });

  it('refuses a forged or foreign state', async () => {
    const { tenantId } = await h.emulator.createTenant({ displayName: 'Forged' });
    const redirect = await followConsentUrl((await consentUrl(tenantId)).url, h.emulator.caPem);
    const answer = consentAnswer(redirect);
    const [payload, signature] = answer.state.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), orgId: 'org-evil' })).toString('base64url');
    const forged = await expectAppError(h.requester.request(Subject.CompleteAdminConsent, { ...answer, state: `${forgedPayload}.${signature}` }));
    expect(forged).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'state' } });
    expect(forged.message).toContain('was not issued by TrueConfig');
    const other = await h.emulator.createTenant({ displayName: 'Other' });
    const wrongDirectory = await expectAppError(h.requester.request(Subject.CompleteAdminConsent, { ...answer, tenant: other.tenantId }));
    expect(wrongDirectory.message).toContain(`but TrueConfig asked for ${tenantId}`);
  });
});

describe('admin consent when the installation has no TrueConfig app configured', () => {
  let h: ConnectorHarness;

  beforeAll(async () => {
    h = await startConnectorHarness();
  }, 90000);

  afterAll(async () => {
    await h?.stop();
  });

  it('answers a clear SERVICE_UNAVAILABLE naming the settings', async () => {
    const error = await expectAppError(h.requester.request(Subject.AdminConsentUrl, { orgId: ORG, actor: ACTOR, directoryTenantId: randomUUID() }));
    expect(error.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(error.message).toContain('Admin consent is not configured on this TrueConfig installation: set TRUECONFIG_APP_CLIENT_ID');
  });
});
