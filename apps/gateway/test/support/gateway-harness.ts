import { INestMicroservice } from '@nestjs/common';
import { ScanProgressEvent, scanProgressSubject } from '@trueconfig/common';
import { createTestDatabase, freePort, ManagedProcess, PrivateNats, startPrivateNats, startServiceProcess, TestDatabase } from '@trueconfig/launcher';
import { Client } from 'graphql-ws';
import { connect, NatsConnection } from 'nats';
import { createApiKeyWithCli } from './create-api-key';
import { FakeBackend } from './fake-backend';
import { startFakeServices } from './fake-services';
import { httpClient, wsClient } from './graphql-clients';

export interface GatewayHarness {
  db: TestDatabase;
  gateway: ManagedProcess;
  nc: NatsConnection;
  backend: FakeBackend;
  keys: { adminA: string; viewerA: string; operatorA: string; adminB: string };
  graphql: ReturnType<typeof httpClient>;
  socket(key: string | null): Client;
  /** Publishes as the scanner does: raw NATS, on the event's own subject. */
  publishProgress(event: ScanProgressEvent): Promise<void>;
  stop(): Promise<void>;
}

/** The built gateway on a private NATS and a fresh database, with keys made by the operators' CLI. */
export async function startGatewayHarness(requestTimeoutMs: number): Promise<GatewayHarness> {
  const port = await freePort();
  const [nats, db]: [PrivateNats, TestDatabase] = await Promise.all([startPrivateNats(), createTestDatabase('tc_gateway_it')]);
  const adminA = (await createApiKeyWithCli(db.url, 'org-a', 'admin')).key;
  const [viewerA, operatorA, adminB] = await Promise.all(
    [['org-a', 'viewer'], ['org-a', 'operator'], ['org-b', 'admin']].map(([org, role]) => createApiKeyWithCli(db.url, org, role).then((k) => k.key)),
  );
  const gateway = await startServiceProcess({
    service: 'gateway',
    port,
    env: { ...process.env, DATABASE_URL: db.url, NATS_URL: nats.url, NATS_REQUEST_TIMEOUT_MS: String(requestTimeoutMs), LOG_LEVEL: 'info' },
  });
  const backend = new FakeBackend();
  const services: INestMicroservice = await startFakeServices(nats.url, backend);
  const nc = await connect({ servers: nats.url });
  const sockets: Client[] = [];
  return {
    db,
    gateway,
    nc,
    backend,
    keys: { adminA, viewerA, operatorA, adminB },
    graphql: httpClient(`http://127.0.0.1:${port}/graphql`),
    socket: (key) => {
      const client = wsClient(`ws://127.0.0.1:${port}/graphql`, key);
      sockets.push(client);
      return client;
    },
    publishProgress: async (event) => {
      nc.publish(scanProgressSubject(event.tenantId, event.scanId), JSON.stringify(event));
      await nc.flush();
    },
    stop: async () => {
      await Promise.all(sockets.map((s) => s.dispose()));
      await services.close();
      await nc.drain();
      await gateway.stop();
      await nats.process.stop();
      await db.drop();
    },
  };
}
