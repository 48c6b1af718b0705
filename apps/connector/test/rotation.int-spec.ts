import { ErrorCode, REQUIRED_PERMISSIONS, Subject } from '@trueconfig/common';
import { builtScript, EmulatorApp } from '@trueconfig/launcher';
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { dumpConnectorTables } from './support/database-dump';
import { expectAppError } from './support/expect-app-error';
import { ConnectorHarness, startConnectorHarness } from './support/connector-harness';
import { sealedInput } from './support/sealed-input';

const run = promisify(execFile);
const ORG = `org-${randomUUID()}`;
const ACTOR = 'apikey:rotation-it';
const OLD_KEY = randomBytes(32).toString('base64');
const NEW_KEY = randomBytes(32).toString('base64');

/** Issue 4 point 3: rotating the encryption key re-encrypts every secret, and tokens keep coming. */
describe('encryption key rotation without downtime', () => {
  let h: ConnectorHarness;
  let directoryTenantId: string;
  const apps: EmulatorApp[] = [];
  const tenantIds: string[] = [];

  beforeAll(async () => {
    h = await startConnectorHarness({ ENCRYPTION_KEY: OLD_KEY, ENCRYPTION_KEY_ID: 'k1' });
    ({ tenantId: directoryTenantId } = await h.emulator.createTenant({ displayName: 'Rotation' }));
    for (const name of ['A', 'B', 'C']) {
      const app = await h.emulator.createApp(directoryTenantId, { permissions: REQUIRED_PERMISSIONS.map((p) => p.name) });
      const input = await sealedInput(h.requester, { displayName: name, directoryTenantId, clientId: app.clientId, clientSecret: app.clientSecret });
      tenantIds.push((await h.requester.request(Subject.ConnectTenant, { orgId: ORG, actor: ACTOR, input })).tenant.id);
      apps.push(app);
    }
  }, 90000);

  afterAll(async () => {
    await h?.stop();
  });

  const keyIds = async () => (await dumpConnectorTables(h.databaseUrl)).tenants.map((t) => t.secret_key_id);
  const tokensWork = () => Promise.all(tenantIds.map((tenantId) => h.requester.request(Subject.AcquireToken, { tenantId })));

  it('serves tokens with the new key and the old one as previous, re-encrypts, then needs only the new key', async () => {
    expect(await keyIds()).toEqual(['k1', 'k1', 'k1']);
    await h.restartConnector({ ENCRYPTION_KEY: NEW_KEY, ENCRYPTION_KEY_ID: 'k2', ENCRYPTION_PREVIOUS_KEYS: `k1:${OLD_KEY}` });
    await expect(tokensWork()).resolves.toHaveLength(3);

    const { stdout } = await run(process.execPath, [builtScript('apps/connector', 'reencrypt.js')], { env: h.env });
    expect(stdout).toContain('re-encrypted 3 secret(s) with key "k2"; 0 already used it');
    expect(stdout).not.toContain(OLD_KEY);
    expect(await keyIds()).toEqual(['k2', 'k2', 'k2']);
    const again = await run(process.execPath, [builtScript('apps/connector', 'reencrypt.js')], { env: h.env });
    expect(again.stdout).toContain('re-encrypted 0 secret(s) with key "k2"; 3 already used it');

    await h.restartConnector({ ENCRYPTION_KEY: NEW_KEY, ENCRYPTION_KEY_ID: 'k2', ENCRYPTION_PREVIOUS_KEYS: '' });
    await expect(tokensWork()).resolves.toHaveLength(3);
  }, 60000);

  it('fails loudly, naming only the key id, when a secret was sealed with a key it was not given', async () => {
    const env = { ...h.env, ENCRYPTION_KEY: randomBytes(32).toString('base64'), ENCRYPTION_KEY_ID: 'k3', ENCRYPTION_PREVIOUS_KEYS: '' };
    const failure = await run(process.execPath, [builtScript('apps/connector', 'reencrypt.js')], { env }).catch((error: { stderr: string }) => error);
    expect((failure as { stderr: string }).stderr).toContain('key id "k2"');
    expect(await keyIds()).toEqual(['k2', 'k2', 'k2']);
  });

  it('records a failed token request on the tenant, and clears it after the next success', async () => {
    const [app] = apps;
    await h.emulator.updateApp(directoryTenantId, app.clientId, { disabled: true });
    await h.restartConnector({});
    const refused = await expectAppError(h.requester.request(Subject.AcquireToken, { tenantId: tenantIds[0] }));
    expect(refused.code).toBe(ErrorCode.SERVICE_PRINCIPAL_DISABLED);
    const failing = await h.requester.request(Subject.GetTenant, { orgId: ORG, tenantId: tenantIds[0] });
    expect(failing.lastTokenFailure).toMatchObject({ errorCode: ErrorCode.SERVICE_PRINCIPAL_DISABLED, entraErrorCode: '7000112' });
    const audited = h.capture.messages.filter((m) => m.subject === 'audit.events.connector').map((m) => JSON.parse(m.data));
    expect(audited).toContainEqual(expect.objectContaining({ code: 'TOKEN_REQUEST_FAILED', tenantId: tenantIds[0], level: 'ERROR' }));
    await h.emulator.updateApp(directoryTenantId, app.clientId, { disabled: false });
    await h.requester.request(Subject.AcquireToken, { tenantId: tenantIds[0] });
    expect((await h.requester.request(Subject.GetTenant, { orgId: ORG, tenantId: tenantIds[0] })).lastTokenFailure).toBeNull();
  }, 60000);
});
