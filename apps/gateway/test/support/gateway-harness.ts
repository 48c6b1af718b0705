import { ScanProgressEvent, scanProgressSubject } from '@trueconfig/common';
import { createApiKeyWithCli, freePort, ManagedProcess, startServiceProcess, startTestBackbone, TestDatabase } from '@trueconfig/launcher';
import { Client } from 'graphql-ws';
import { connect, NatsConnection } from 'nats';
import { FakeBackend } from './fake-backend';
import { startFakeServices } from './fake-services';
import { httpClient, wsClient } from './graphql-clients';

/** Tight enough for the suite to reach each limit with a few requests. */
export const HARNESS_LIMITS = { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '1000', RATE_LIMIT_BURST: '30', RATE_LIMIT_PER_MINUTE: '60' };

export interface GatewayHarness {
  db: TestDatabase;
  /** This process's environment pointed at the harness's NATS and database (for the API key CLI). */
  env: NodeJS.ProcessEnv;
  gateway: ManagedProcess;
  nc: NatsConnection;
  backend: FakeBackend;
  keys: { adminA: string; viewerA: string; operatorA: string; adminB: string };
  graphql: ReturnType<typeof httpClient>;
  baseUrl: string;
  socket(key: string | null): Client;
  /** Publishes as the scanner does: raw NATS, on the event's own subject. */
  publishProgress(event: ScanProgressEvent): Promise<void>;
  stop(): Promise<void>;
}

/** The built gateway on a private NATS and a fresh database, with keys made by the operators' CLI. */
export async function startGatewayHarness(requestTimeoutMs: number): Promise<GatewayHarness> {
  const backbone = await startTestBackbone({ databasePrefix: 'tc_gateway_it' });
  const { stoppables, env } = backbone;
  return stoppables.startOrStopAll(async () => {
    const port = await freePort();
    const keyFor = (org: string, role: string) => createApiKeyWithCli(env, org, role).then((k) => k.key);
    const adminA = await keyFor('org-a', 'admin');
    const [viewerA, operatorA, adminB] = await Promise.all([keyFor('org-a', 'viewer'), keyFor('org-a', 'operator'), keyFor('org-b', 'admin')]);
    const gateway = stoppables.add(
      await startServiceProcess({ service: 'gateway', port, env: { ...env, ...HARNESS_LIMITS, NATS_REQUEST_TIMEOUT_MS: String(requestTimeoutMs), LOG_LEVEL: 'info' } }),
      (p) => p.stop(),
    );
    const backend = new FakeBackend();
    stoppables.add(await startFakeServices(backbone.nats.url, backend), (services) => services.close());
    const nc = stoppables.add(await connect({ servers: backbone.nats.url }), (c) => c.drain());
    return {
      db: backbone.db,
      env,
      gateway,
      nc,
      backend,
      keys: { adminA, viewerA, operatorA, adminB },
      graphql: httpClient(`http://127.0.0.1:${port}/graphql`),
      baseUrl: `http://127.0.0.1:${port}`,
      socket: (key) => stoppables.add(wsClient(`ws://127.0.0.1:${port}/graphql`, key), (client) => client.dispose()),
      publishProgress: async (event) => {
        nc.publish(scanProgressSubject(event.tenantId, event.scanId), JSON.stringify(event));
        await nc.flush();
      },
      stop: backbone.stop,
    };
  });
}
