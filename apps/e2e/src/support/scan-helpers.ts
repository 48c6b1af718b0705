import { REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { EmulatorApp, waitFor } from '@trueconfig/launcher';
import { CONNECT_TENANT, SCAN, START_SCAN } from './documents';
import { emulator, env, gql } from './e2e-client';

export const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);

export interface ScanView {
  id: string;
  status: string;
  warnings: string[];
  results: Array<{ controlId: string; status: string; summary: string; metric: number | null; affectedCount: number }>;
}

export async function emulatorTenant(users = 120, mfaRegisteredRatio = 0.75) {
  return emulator.createTenant({ displayName: 'E2E tenant', licence: 'p2', generate: { users, mfaRegisteredRatio, seed: users } });
}

export function connect(directoryTenantId: string, app: Pick<EmulatorApp, 'clientId' | 'clientSecret'>, apiKey: string = env.adminKey) {
  return gql<{ connectTenant: { tenant: { id: string; status: string }; connectionTest: { ok: boolean; errorCode: string | null; permissions: Array<{ name: string; granted: boolean }> } } }>(
    CONNECT_TENANT,
    { input: { displayName: 'E2E', directoryTenantId, clientId: app.clientId, clientSecret: app.clientSecret } },
    apiKey,
  );
}

export async function startScan(tenantId: string, apiKey: string = env.adminKey): Promise<string> {
  const started = await gql<{ startScan: { id: string } }>(START_SCAN, { tenantId }, apiKey);
  if (!started.data?.startScan) throw new Error(`startScan failed: ${JSON.stringify(started.errors)}`);
  return started.data.startScan.id;
}

export async function finishedScan(scanId: string): Promise<ScanView> {
  let scan: ScanView | undefined;
  await waitFor(`scan ${scanId} to finish`, async () => {
    scan = (await gql<{ scan: ScanView }>(SCAN, { id: scanId })).data?.scan;
    return scan !== undefined && !['QUEUED', 'RUNNING'].includes(scan.status);
  }, 60000, { everyMs: 250 });
  return scan as ScanView;
}
