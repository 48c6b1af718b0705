import { ConnectionCheckKind, REQUIRED_PERMISSIONS, Subject, TenantCredentialsInput } from '@trueconfig/common';
import { freePort, ManagedProcess, startServiceProcess, waitFor } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { columnTexts, dumpConnectorTables } from './support/database-dump';
import { expectAppError } from './support/expect-app-error';
import { ConnectorHarness, startConnectorHarness } from './support/connector-harness';
import { sealedInput } from './support/sealed-input';

const ORG = `org-${randomUUID()}`;
const ACTOR = 'apikey:bundle-it';
const WITHOUT_REPORTS = REQUIRED_PERMISSIONS.map((p) => p.name).filter((p) => p !== 'Reports.Read.All');

async function auditRows(databaseUrl: string): Promise<Array<Record<string, unknown>>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query('SELECT * FROM audit.audit_logs')).rows;
  } finally {
    await client.end();
  }
}

/** Issue 4 point 6 ("Still need help?") and the secret-absence proof across logs, audit rows, NATS and tables. */
describe('support bundle and secret absence, with the audit service', () => {
  let h: ConnectorHarness;
  let audit: ManagedProcess;
  let directoryTenantId: string;
  const secrets: string[] = [];

  beforeAll(async () => {
    h = await startConnectorHarness({ NATS_REQUEST_TIMEOUT_MS: '1500' });
    audit = await startServiceProcess({ service: 'audit', port: await freePort(), env: h.env });
    ({ tenantId: directoryTenantId } = await h.emulator.createTenant({ displayName: 'Bundle' }));
  }, 90000);

  afterAll(async () => {
    await audit?.stop();
    await h?.stop();
  });

  async function request(subject: Subject.ConnectTenant | Subject.ReconnectTenant, input: TenantCredentialsInput, tenantId?: string) {
    const sealed = await sealedInput(h.requester, input);
    if (subject === Subject.ReconnectTenant) return h.requester.request(subject, { orgId: ORG, actor: ACTOR, tenantId: tenantId as string, input: sealed });
    return h.requester.request(subject, { orgId: ORG, actor: ACTOR, input: sealed });
  }

  it('gathers IDs, granted permissions, the last tests and the sync log, never the secret', async () => {
    const app = await h.emulator.createApp(directoryTenantId, { permissions: WITHOUT_REPORTS });
    secrets.push(app.clientSecret);
    const credentials = { displayName: 'Bundle', directoryTenantId, clientId: app.clientId, clientSecret: app.clientSecret };
    const { tenant } = await request(Subject.ConnectTenant, credentials);
    const wrong = 'Wr0ng~bundle.secret-value-that-is-long';
    secrets.push(wrong);
    await expectAppError(request(Subject.ReconnectTenant, { ...credentials, clientSecret: wrong }, tenant.id));
    await h.requester.request(Subject.TestConnection, { orgId: ORG, actor: ACTOR, tenantId: tenant.id });
    const stored = async () => (await auditRows(h.env.DATABASE_URL as string)).filter((r) => r.tenant_id === tenant.id).length >= 5;
    await waitFor('the audit rows of the tenant', stored, 10000);

    const bundle = await h.requester.request(Subject.SupportBundle, { orgId: ORG, tenantId: tenant.id });
    expect(bundle).toMatchObject({ clientId: app.clientId, directoryTenantId, syncLogError: null, tenant: { id: tenant.id } });
    expect(bundle.grantedPermissions.sort()).toEqual([...WITHOUT_REPORTS].sort());
    expect(bundle.connectionTests).toHaveLength(3);
    expect(bundle.connectionTests[1]).toMatchObject({ ok: false, errorCode: 'INVALID_CREDENTIALS' });
    expect(bundle.connectionTests[0].checks?.some((c) => c.kind === ConnectionCheckKind.LICENCE)).toBe(true);
    expect(bundle.syncLog.map((e) => e.code)).toEqual(expect.arrayContaining(['TENANT_CONNECTED', 'TENANT_RECONNECT_FAILED', 'CONNECTION_TEST']));
    expect(bundle.instructions).toContain('Tenant sync logs from Audit Logs page');
    const text = JSON.stringify(bundle);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('says so when the sync log cannot be read', async () => {
    const [tenant] = (await h.requester.request(Subject.ListTenants, { orgId: ORG, first: 1 })).items;
    await audit.stop();
    const bundle = await h.requester.request(Subject.SupportBundle, { orgId: ORG, tenantId: tenant.id });
    expect(bundle.syncLog).toEqual([]);
    expect(bundle.syncLogError).toMatch(/^The sync log could not be read/);
  });

  it('never lets a secret reach a log line, an audit row, a NATS message or a connector column but the ciphertext', async () => {
    const lines = h.allConnectorLines().join('\n');
    const traffic = h.capture.messages.map((m) => m.data).join('\n');
    const rows = columnTexts(await auditRows(h.env.DATABASE_URL as string)).join('\n');
    const { tenants, connectionTests } = await dumpConnectorTables(h.databaseUrl);
    const columns = [...columnTexts(tenants, ['secret_ciphertext']), ...columnTexts(connectionTests)].join('\n');
    expect(rows.length).toBeGreaterThan(100);
    for (const secret of secrets) {
      for (const text of [lines, traffic, rows, columns, audit.lines.join('\n')]) expect(text).not.toContain(secret);
    }
  });
});
