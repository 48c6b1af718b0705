import { waitFor } from '@trueconfig/launcher';
import { Client } from 'graphql-ws';
import { auditLogsWhen } from '../support/audit-helpers';
import { AUDIT_LOGS, SCAN, SCAN_PROGRESS, TENANTS } from '../support/documents';
import { emulator, env, errorCodeOf, gql } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, emulatorTenant, finishedScan, startScan } from '../support/scan-helpers';
import { codesOf, exportLogs, follow, newKey, wsClient } from './gateway-helpers';

type Logs = { auditLogs: { edges: Array<{ node: { id: string; code: string; tenantId: string | null; scanId: string | null } }> } };
const AUDIT_LOG_ADDED = 'subscription($tenantId: ID) { auditLogAdded(tenantId: $tenantId) { id code tenantId } }';

describe('organisations and roles through the public API', () => {
  let tenantId: string;
  let scanId: string;
  const clients: Client[] = [];
  const other = env.otherOrgAdminKey;

  beforeAll(async () => {
    const tenant = await emulatorTenant(40);
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    tenantId = (await connect(tenant.tenantId, app)).data!.connectTenant.tenant.id;
    scanId = await startScan(tenantId);
    await finishedScan(scanId);
    // Wait for the scan's sync-log lines, so "another organisation sees none of them" is not vacuous.
    await auditLogsWhen({ scanId }, (nodes) => nodes.some((n) => n.code === 'SCAN_FINISHED'));
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it("shows another organisation none of a tenant's data: NOT_FOUND for ids, nothing in lists", async () => {
    expect(errorCodeOf(await gql('query($id: ID!) { tenant(id: $id) { id } }', { id: tenantId }, other))).toBe('NOT_FOUND');
    expect(errorCodeOf(await gql(SCAN, { id: scanId }, other))).toBe('NOT_FOUND');
    expect(errorCodeOf(await gql('mutation($t: ID!) { startScan(tenantId: $t) { id } }', { t: tenantId }, other))).toBe('NOT_FOUND');
    expect(errorCodeOf(await gql('mutation($t: ID!) { testConnection(tenantId: $t) { ok } }', { t: tenantId }, other))).toBe('NOT_FOUND');
    expect(errorCodeOf(await gql(AUDIT_LOGS, { filter: { tenantId }, first: 10 }, other))).toBe('NOT_FOUND');
    const tenants = await gql<{ tenants: { edges: Array<{ node: { id: string } }> } }>(TENANTS, {}, other);
    expect(tenants.data?.tenants.edges.map((e) => e.node.id)).not.toContain(tenantId);
    const bySCan = await gql<Logs>(AUDIT_LOGS, { filter: { scanId }, first: 50 }, other);
    expect(bySCan.data?.auditLogs.edges).toEqual([]);
    const all = await gql<Logs>(AUDIT_LOGS, { first: 100 }, other);
    expect(all.data?.auditLogs.edges.filter((e) => e.node.tenantId === tenantId)).toEqual([]);
    expect((await exportLogs(`tenantId=${tenantId}`, other)).status).toBe(404);
  });

  it("records the calling key as the actor of a scan's log lines and exports them as CSV and JSON lines", async () => {
    const keys = await gql<{ apiKeys: { edges: Array<{ node: { id: string; hint: string } }> } }>('{ apiKeys(first: 100) { edges { node { id hint } } } }');
    const adminKeyId = keys.data!.apiKeys.edges.find((e) => e.node.hint === `tc_${env.adminKey.slice(3, 15)}_…`)!.node.id;
    const logs = await gql<{ auditLogs: { edges: Array<{ node: { code: string; actor: string | null } }> } }>(
      'query($f: AuditLogFilter) { auditLogs(filter: $f, first: 50) { edges { node { code actor } } } }', { f: { scanId } });
    expect(logs.data?.auditLogs.edges.find((e) => e.node.code === 'SCAN_STARTED')?.node.actor).toBe(adminKeyId);

    const csv = await exportLogs(`scanId=${scanId}`, env.viewerKey);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toBe('id,at,level,service,code,tenantId,scanId,actor,message,details');
    expect(rows.length).toBe(logs.data!.auditLogs.edges.length);
    const jsonl = await exportLogs(`scanId=${scanId}&code=SCAN_STARTED`, env.viewerKey, 'jsonl');
    expect(jsonl.text.trim().split('\n').map((l) => JSON.parse(l) as { code: string; actor: string })).toEqual([
      expect.objectContaining({ code: 'SCAN_STARTED', actor: adminKeyId, scanId }),
    ]);
  });

  it("refuses another organisation's subscriptions to a scan, a tenant's progress and a tenant's log", async () => {
    const client = wsClient(other);
    clients.push(client);
    const runs = [
      follow(client, SCAN_PROGRESS, { scanId }),
      follow(client, SCAN_PROGRESS, { tenantId }),
      follow(client, AUDIT_LOG_ADDED, { tenantId }),
    ];
    await Promise.all(runs.map((r) => r.ended));
    for (const run of runs) {
      expect(run.events).toEqual([]);
      expect(codesOf(run.errors)).toEqual(['NOT_FOUND']);
    }
  });

  it("does not deliver one organisation's new log lines to another's organisation-wide subscription", async () => {
    const client = wsClient(other);
    clients.push(client);
    const spy = follow<{ auditLogAdded: { tenantId: string | null } }>(client, AUDIT_LOG_ADDED, {});
    const mineClient = wsClient(env.viewerKey);
    clients.push(mineClient);
    const mine = follow<{ auditLogAdded: { tenantId: string | null } }>(mineClient, AUDIT_LOG_ADDED, { tenantId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await finishedScan(await startScan(tenantId));
    await waitFor('own log lines delivered', async () => mine.events.length >= 2, 20000);
    expect(spy.events.filter((e) => e.auditLogAdded.tenantId === tenantId)).toEqual([]);
    spy.stop();
    mine.stop();
  });

  it('refuses each role what it may not do with FORBIDDEN, and lets it do the rest', async () => {
    const viewer = env.viewerKey;
    const operator = (await newKey('OPERATOR')).key;
    const connectInput = { displayName: 'x', directoryTenantId: '8f3c1f54-2b1e-4d0f-9a7e-3c2b1a0f9e8d', clientId: '0b5c2a77-9d1e-4f3a-8c6b-5e4d3c2b1a09', clientSecret: 'never-used-secret' };
    const adminOnly = [
      ['mutation($i: ConnectTenantInput!) { connectTenant(input: $i) { tenant { id } } }', { i: connectInput }],
      ['mutation($t: ID!) { testConnection(tenantId: $t) { ok } }', { t: tenantId }],
      ['mutation { createApiKey(role: VIEWER) { key } }', {}],
      ['mutation { revokeApiKey(id: "6f1c2d4e-8a9b-4c1d-9e2f-0a1b2c3d4e5f") { id } }', {}],
      ['{ apiKeys { edges { node { id } } } }', {}],
      ['mutation { setAuditRetention(days: 30) { days } }', {}],
    ] as const;
    for (const [query, variables] of adminOnly) {
      expect([query, errorCodeOf(await gql(query, variables, viewer))]).toEqual([query, 'FORBIDDEN']);
      expect([query, errorCodeOf(await gql(query, variables, operator))]).toEqual([query, 'FORBIDDEN']);
    }
    expect(errorCodeOf(await gql('mutation($t: ID!) { startScan(tenantId: $t) { id } }', { t: tenantId }, viewer))).toBe('FORBIDDEN');
    const operatorScan = await gql<{ startScan: { id: string } }>('mutation($t: ID!) { startScan(tenantId: $t) { id } }', { t: tenantId }, operator);
    expect(operatorScan.errors).toBeUndefined();
    await finishedScan(operatorScan.data!.startScan.id);
    for (const query of ['{ tenants { edges { node { id } } } }', '{ auditLogs(first: 5) { edges { node { id } } } }', '{ auditRetention { days } }']) {
      expect((await gql(query, {}, viewer)).errors).toBeUndefined();
    }
  });

  it('lets an admin set and reset the organisation’s log retention, logged with the admin as actor', async () => {
    const set = await gql<{ setAuditRetention: { days: number; isDefault: boolean } }>('mutation { setAuditRetention(days: 30) { days isDefault defaultDays } }');
    expect(set.data?.setAuditRetention).toMatchObject({ days: 30, isDefault: false });
    expect(errorCodeOf(await gql('mutation { setAuditRetention(days: 0) { days } }'))).toBe('BAD_USER_INPUT');
    expect((await gql<{ auditRetention: { days: number } }>('{ auditRetention { days } }', {}, other)).data?.auditRetention.days).toBe(365);
    const reset = await gql<{ setAuditRetention: { isDefault: boolean } }>('mutation { setAuditRetention(days: null) { days isDefault } }');
    expect(reset.data?.setAuditRetention.isDefault).toBe(true);
    await waitFor('retention change logged', async () => {
      const logs = await gql<Logs>(AUDIT_LOGS, { filter: { code: 'AUDIT_RETENTION_SET' }, first: 10 });
      return (logs.data?.auditLogs.edges.length ?? 0) >= 2;
    }, 10000);
  });
});
