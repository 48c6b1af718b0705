import { REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { collectSubscription, EmulatorAppInput, graphqlWsClient, waitFor } from '@trueconfig/launcher';
import { Client } from 'pg';
import { CONNECT_TENANT, SCAN, SCAN_PROGRESS, START_SCAN } from '../../support/documents';
import { FaultStack } from './fault-stack';

export interface FaultScan { id: string; status: string; warnings: string[]; results: Array<{ controlId: string; status: string }> }
type ProgressEvent = { scanId: string; percent: number; status: string };

/** An emulator tenant with a fully permissioned app, connected over GraphQL: the TrueConfig tenant id and the emulator's. */
export async function connectedTenant(f: FaultStack, users = 60, seed = 1, app: EmulatorAppInput = {}) {
  const tenant = await f.control.createTenant({ displayName: `Faults ${seed}`, licence: 'p2', generate: { users, seed } });
  const created = await f.control.createApp(tenant.tenantId, { permissions: REQUIRED_PERMISSIONS.map((p) => p.name), ...app });
  const input = { displayName: `Faults ${seed}`, directoryTenantId: tenant.tenantId, clientId: created.clientId, clientSecret: created.clientSecret };
  const connected = await f.gql<{ connectTenant: { tenant: { id: string } } }>(CONNECT_TENANT, { input });
  if (!connected.data?.connectTenant) throw new Error(`connectTenant: HTTP ${connected.status} ${JSON.stringify(connected).slice(0, 500)}`);
  return { id: connected.data.connectTenant.tenant.id, directoryTenantId: tenant.tenantId, clientId: created.clientId };
}

export async function startScan(f: FaultStack, tenantId: string): Promise<string> {
  const started = await f.gql<{ startScan: { id: string } }>(START_SCAN, { tenantId });
  if (!started.data?.startScan) throw new Error(`startScan: HTTP ${started.status} ${JSON.stringify(started).slice(0, 500)}`);
  return started.data.startScan.id;
}

export async function finishedScan(f: FaultStack, scanId: string, timeoutMs = 90000): Promise<FaultScan> {
  let scan: FaultScan | undefined;
  await waitFor(`scan ${scanId} to finish`, async () => {
    scan = (await f.gql<{ scan: FaultScan }>(SCAN, { id: scanId })).data?.scan ?? undefined;
    return scan !== undefined && !['QUEUED', 'RUNNING'].includes(scan.status);
  }, timeoutMs, { everyMs: 250 });
  return scan as FaultScan;
}

export async function query<T>(f: FaultStack, sql: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: f.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Rows stored for the scan, one per control: duplicates would show as a count above the distinct ids. */
export async function resultRows(f: FaultStack, scanId: string): Promise<{ total: number; controls: string[] }> {
  const rows = await query<{ control_id: string }>(f, 'SELECT control_id FROM scanner.control_results WHERE scan_id = $1 ORDER BY control_id', [scanId]);
  return { total: rows.length, controls: [...new Set(rows.map((r) => r.control_id))] };
}

/** The scan's sync-log lines by code, once the audit service has stored `SCAN_FINISHED`. */
export async function auditCodes(f: FaultStack, scanId: string, timeoutMs = 30000): Promise<string[]> {
  let codes: string[] = [];
  await waitFor(`sync log of ${scanId}`, async () => {
    const rows = await query<{ id: string; code: string }>(f, 'SELECT id, code FROM audit.audit_logs WHERE scan_id = $1 ORDER BY code', [scanId]);
    codes = rows.map((r) => r.code);
    return codes.includes('SCAN_FINISHED');
  }, timeoutMs, { everyMs: 250 });
  return codes;
}

/** Collects every scanProgress event of a tenant through the gateway; `finals(scanId)` counts the 100 % events. */
export function watchProgress(f: FaultStack, tenantId: string) {
  const client = graphqlWsClient(f.stack.gatewayUrl, f.apiKey);
  const events: ProgressEvent[] = [];
  const subscription = collectSubscription<{ scanProgress: ProgressEvent }>(client, SCAN_PROGRESS, { tenantId }, (e) => e.data && events.push(e.data.scanProgress));
  subscription.done.catch(() => undefined);
  return {
    events,
    finals: (scanId: string) => events.filter((e) => e.scanId === scanId && e.percent === 100).length,
    close: async () => {
      subscription.cancel();
      await client.dispose();
    },
  };
}
