import { connect as natsConnect, NatsConnection, StringCodec } from 'nats';
import { emulator, env, errorCodeOf, gql, receivedResponses } from '../support/e2e-client';
import { ALL_PERMISSIONS, emulatorTenant, finishedScan, startScan } from '../support/scan-helpers';

const CONNECTION_TEST = 'ok errorCode message remediation adminConsent graphReachable licenceTier secretExpiresAt checks { kind target status errorCode message }';
const TENANT = 'id status displayName secretHint secretExpiresAt secretAgeDays secretWarnings { code message } connectionMode';
const CONNECT = `mutation($input: ConnectTenantInput!) { connectTenant(input: $input) { tenant { ${TENANT} } connectionTest { ${CONNECTION_TEST} } } }`;
const RECONNECT = `mutation($id: ID!, $input: ConnectTenantInput!) { reconnectTenant(id: $id, input: $input) { tenant { ${TENANT} } connectionTest { ${CONNECTION_TEST} } } }`;
const DISCONNECT = `mutation($id: ID!) { disconnectTenant(id: $id) { ${TENANT} } }`;
const BUNDLE = `query($tenantId: ID!) { supportBundle(tenantId: $tenantId) {
  clientId directoryTenantId grantedPermissions instructions syncLogError
  connectionTests { ok errorCode } syncLog { code message } tenant { id } } }`;
const CONSENT_URL = 'query($d: String!) { adminConsentUrl(directoryTenantId: $d) { url expiresAt } }';

type Payload = { tenant: { id: string; status: string; secretHint: string }; connectionTest: { ok: boolean; licenceTier: string; checks: Array<{ kind: string; status: string }> } };

/** Issue 4 through the public API: Save and Test Connection, reconnect, disconnect, support bundle. */
describe('the connection lifecycle through GraphQL', () => {
  let nc: NatsConnection;
  const traffic: string[] = [];
  const secrets: string[] = [];
  let directoryTenantId: string;

  beforeAll(async () => {
    nc = await natsConnect({ servers: env.natsUrl, name: 'e2e-connector-capture' });
    const codec = StringCodec();
    nc.subscribe('>', { callback: (_error, msg) => traffic.push(codec.decode(msg.data)) });
    directoryTenantId = (await emulatorTenant(10)).tenantId;
  });

  afterAll(async () => {
    await nc?.drain();
  });

  const input = (clientId: string, clientSecret: string) => ({ displayName: 'Lifecycle', directoryTenantId, clientId, clientSecret });

  it('connects, reconnects with a rotated secret, keeps it on a failed reconnect, bundles for support and disconnects', async () => {
    const app = await emulator.createApp(directoryTenantId, { permissions: ALL_PERMISSIONS });
    secrets.push(app.clientSecret);
    const connected = await gql<{ connectTenant: Payload }>(CONNECT, { input: input(app.clientId, app.clientSecret) });
    expect(connected.errors).toBeUndefined();
    const { tenant, connectionTest } = connected.data!.connectTenant;
    expect(connectionTest).toMatchObject({ ok: true, licenceTier: 'p2' });
    expect(connectionTest.checks.map((c) => c.kind)).toEqual(expect.arrayContaining(['TOKEN', 'PERMISSION', 'ADMIN_CONSENT', 'GRAPH', 'LICENCE', 'SECRET_EXPIRY']));

    const wrong = `${app.clientSecret}-wrong`;
    secrets.push(wrong);
    const failed = await gql(RECONNECT, { id: tenant.id, input: input(app.clientId, wrong) });
    expect(errorCodeOf(failed)).toBe('INVALID_CREDENTIALS');
    expect(failed.errors![0].message).toContain('The previous credentials remain in use');
    expect(failed.errors![0].extensions!.details).toMatchObject({ connectionTest: { ok: false } });

    const rotated = await emulator.updateApp(directoryTenantId, app.clientId, { rotateSecret: true });
    secrets.push(rotated.clientSecret as string);
    const reconnected = await gql<{ reconnectTenant: Payload }>(RECONNECT, { id: tenant.id, input: input(app.clientId, rotated.clientSecret as string) });
    expect(reconnected.data?.reconnectTenant.tenant).toMatchObject({ id: tenant.id, status: 'CONNECTED', secretHint: (rotated.clientSecret as string).slice(-3) });

    const bundle = await gql<{ supportBundle: { grantedPermissions: string[]; connectionTests: unknown[]; syncLog: Array<{ code: string }> } }>(BUNDLE, { tenantId: tenant.id });
    expect(bundle.errors).toBeUndefined();
    expect(bundle.data!.supportBundle.grantedPermissions.sort()).toEqual([...ALL_PERMISSIONS].sort());
    expect(bundle.data!.supportBundle.connectionTests).toHaveLength(3);

    const disconnected = await gql<{ disconnectTenant: { status: string } }>(DISCONNECT, { id: tenant.id });
    expect(disconnected.data?.disconnectTenant.status).toBe('DISCONNECTED');
    // The scanner may accept the request, but the connector refuses the token: the scan cannot succeed.
    const refused = await startScan(tenant.id).then(finishedScan, (error: unknown) => ({ status: 'REFUSED', error }));
    expect(['REFUSED', 'FAILED']).toContain(refused.status);
  });

  it('answers adminConsentUrl and the consent callback with a clear error when the installation has no TrueConfig app', async () => {
    const response = await gql(CONSENT_URL, { d: directoryTenantId });
    expect(errorCodeOf(response)).toBe('SERVICE_UNAVAILABLE');
    expect(response.errors![0].message).toContain('Admin consent is not configured');
    const callback = await fetch(new URL('/consent/callback?state=x&admin_consent=True', env.gatewayUrl));
    expect(callback.status).toBe(503);
    expect(await callback.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  });

  it('never carried a secret on NATS or in a GraphQL response', () => {
    expect(traffic.length).toBeGreaterThan(10);
    for (const secret of secrets) {
      expect(traffic.some((message) => message.includes(secret))).toBe(false);
      expect(receivedResponses.some((text) => text.includes(secret))).toBe(false);
    }
  });
});
