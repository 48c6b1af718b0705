import { ClientSecretCredential } from '@azure/identity';
import { Client } from '@microsoft/microsoft-graph-client';
import { openServiceDatabase } from '@trueconfig/common';
import { EmulatorControlClient, EmulatorProcess, freePort, startEmulatorProcess, startTestBackbone, TestBackbone } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { scannerDatabaseOptions } from '../src/database/scanner-database.options';
import { CountingMiddleware } from '../src/graph/counting.middleware';
import { createGraphClient } from '../src/graph/create-graph-client';
import { GraphRequestCounter } from '../src/graph/graph-request-counts';
import { GraphBudgetStore } from '../src/pacing/graph-budget.store';
import { PacingMiddleware } from '../src/pacing/pacing.middleware';
import { TenantBudget } from '../src/pacing/tenant-budget';
import { trustCaInProcess } from './support/trust-ca-in-process';

jest.setTimeout(60000);

/**
 * The scanner's Graph client (pacing, then counting, before the HTTP handler) against the emulator's
 * buckets, one documented limit at a time, with more requests than the bucket holds: every request
 * waits for its budget instead of being sent into a 429.
 */
describe('pacing each documented Graph limit (integration: emulator, Postgres, Graph client)', () => {
  let backbone: TestBackbone;
  let database: DataSource;
  const emulators: EmulatorProcess[] = [];
  const restore: Array<() => void> = [];

  beforeAll(async () => {
    backbone = await startTestBackbone({ databasePrefix: 'scanner_limits_it' });
    database = await openServiceDatabase(scannerDatabaseOptions(backbone.db.url, 4));
  });

  afterAll(async () => {
    restore.forEach((undo) => undo());
    await Promise.all(emulators.map((e) => e.process.stop()));
    await database?.destroy();
    await backbone?.stop();
  });

  async function pacedClient(scale: number) {
    const stateDir = join(__dirname, '..', '..', '..', 'tmp', `scanner-limits-${randomUUID().slice(0, 8)}`);
    const emulator = await startEmulatorProcess({ port: await freePort(), stateDir, throttleScale: scale });
    emulators.push(emulator);
    backbone.stoppables.defer(() => rmSync(stateDir, { recursive: true, force: true }));
    const control = new EmulatorControlClient(emulator.baseUrl, emulator.caCertPath);
    restore.push(trustCaInProcess(control.caPem));
    const tenant = await control.createTenant({ generate: { users: 10, seed: 3 } });
    const app = await control.createApp(tenant.tenantId, { permissions: ['Application.Read.All', 'Policy.Read.All'] });
    const credential = new ClientSecretCredential(tenant.tenantId, app.clientId, app.clientSecret, { authorityHost: emulator.baseUrl, disableInstanceDiscovery: true });
    const tokens = { getAccessToken: async () => (await credential.getToken('https://graph.microsoft.com/.default')).token };
    const budget = new TenantBudget(new GraphBudgetStore(database), randomUUID(), scale, { users: () => 10 });
    const counter = new GraphRequestCounter();
    const client: Client = createGraphClient(emulator.baseUrl, tokens, new PacingMiddleware(budget), new CountingMiddleware(counter, () => undefined));
    return { client, control, counter, budget };
  }

  async function timed(requests: number, send: () => Promise<unknown>): Promise<number> {
    const started = Date.now();
    // Four at a time, as a scan reads four datasets at once.
    const lanes = Array.from({ length: 4 }, async (_, lane) => {
      for (let i = lane; i < requests; i += 4) await send();
    });
    await Promise.all(lanes);
    return Date.now() - started;
  }

  it('identity and access: resource units per 10 s by tenant size (3,500 RU under 50 users, at scale 0.02)', async () => {
    const { client, control, counter, budget } = await pacedClient(0.02);
    // 70 RU per 10 s (63 RU of burst kept, 6.65 RU/s refill), 2 RU per GET of applications: 40 GETs = 80 RU → ≥ 17 RU / 6.65 RU per s.
    const elapsed = await timed(40, () => client.api('/applications').get());
    const stats = await control.stats();
    expect(stats.throttled).toBe(0);
    expect(counter.totals).toMatchObject({ total: 40, throttled: 0 });
    expect(stats.resourceUnits).toBe(80);
    expect(budget.pacedMs).toBeGreaterThan(0);
    expect(elapsed).toBeGreaterThanOrEqual(2300);
  });

  it('Conditional Access: 1 request per second per tenant (scale 1), answered 429 without Retry-After if not paced', async () => {
    const { client, control, counter } = await pacedClient(1);
    const elapsed = await timed(4, () => client.api('/identity/conditionalAccess/policies').get());
    expect((await control.stats()).throttled).toBe(0);
    expect(counter.totals.throttled).toBe(0);
    // A 0.9-request burst, then one per 1.25 s (250 ms of slack each): the fourth leaves after ≥ 3.85 s.
    expect(elapsed).toBeGreaterThanOrEqual(3800);
  });
});
