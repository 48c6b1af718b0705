import { collectSubscription, graphqlRequest, graphqlWsClient } from '@trueconfig/launcher';
import { CONNECT_TENANT, SCAN_PROGRESS, SCAN_RESULT, START_SCAN } from './demo-documents';
import { DemoApp } from './demo-tenant';
import { ConnectReply, DemoRow, ProgressEvent, ScanReply } from './demo-types';
import { renderProgress } from './progress-bar';

/** Connects one app registration through the GraphQL API, scans, and follows the scan's progress. */
export async function runDemoScan(gatewayUrl: string, apiKey: string, directoryTenantId: string, app: DemoApp): Promise<DemoRow> {
  const connected = await graphqlRequest<ConnectReply>(gatewayUrl, CONNECT_TENANT, {
    input: { displayName: `Contoso (${app.label})`, directoryTenantId, clientId: app.clientId, clientSecret: app.clientSecret },
  }, apiKey);
  const payload = connected.data?.connectTenant;
  if (!payload) throw new Error(`connectTenant failed: ${JSON.stringify(connected.errors)}`);
  const started = await graphqlRequest<{ startScan: { id: string } }>(gatewayUrl, START_SCAN, { tenantId: payload.tenant.id }, apiKey);
  const scanId = started.data?.startScan.id;
  if (!scanId) throw new Error(`startScan failed: ${JSON.stringify(started.errors)}`);
  await followProgress(gatewayUrl, apiKey, scanId, app.label);
  const scan = await graphqlRequest<ScanReply>(gatewayUrl, SCAN_RESULT, { id: scanId }, apiKey);
  return { label: app.label, connection: payload.connectionTest, scan: scan.data?.scan ?? null };
}

async function followProgress(gatewayUrl: string, apiKey: string, scanId: string, label: string): Promise<void> {
  const client = graphqlWsClient(gatewayUrl, apiKey);
  const tty = process.stdout.isTTY;
  const draw = (percent: number, phase: string) => {
    const line = renderProgress(label, percent, phase);
    process.stdout.write(tty ? `\r${line}` : `${line}\n`);
  };
  try {
    const { done } = collectSubscription<ProgressEvent>(client, SCAN_PROGRESS, { scanId }, (event) => {
      const progress = event.data?.scanProgress;
      if (progress) draw(progress.percent, progress.phase);
    });
    await withTimeout(done, 120000, `scan ${scanId} did not finish within 120 s`);
  } finally {
    if (tty) process.stdout.write('\n');
    await client.dispose();
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
