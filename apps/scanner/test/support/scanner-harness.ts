import { INestMicroservice } from '@nestjs/common';
import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import { NatsRequester, SCAN_PROGRESS_WILDCARD, ScanProgressEvent } from '@trueconfig/common';
import {
  createTestDatabase,
  EmulatorProcess,
  freePort,
  ManagedProcess,
  PrivateNats,
  startEmulatorProcess,
  startPrivateNats,
  startServiceProcess,
  TestDatabase,
  workspaceRoot,
} from '@trueconfig/launcher';
import { connect, NatsConnection } from 'nats';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AuditStreamReader } from './audit-stream-reader';
import { EmulatorControl } from './emulator-control';
import { ConnectorRegistry, startFakeConnector } from './fake-connector';

export interface ScannerHarness {
  requester: NatsRequester;
  emulator: EmulatorControl;
  registry: ConnectorRegistry;
  scanner: ManagedProcess;
  progress: ScanProgressEvent[];
  audit: AuditStreamReader;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * Real parts, each its own process: private NATS, a fresh database, the built emulator and the built
 * scanner. Only the connector is stood in for (in this process, over real NATS, with real tokens).
 */
export async function startScannerHarness(): Promise<ScannerHarness> {
  const root = workspaceRoot();
  for (const built of ['apps/scanner/dist/main.js', 'apps/graph-emulator/dist/cli.js']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run npx tsc -b apps/scanner apps/graph-emulator first`);
  }
  const stateDir = join(root, 'tmp', `scanner-it-${randomBytes(4).toString('hex')}`);
  let nats: PrivateNats | undefined;
  let db: TestDatabase | undefined;
  let emulatorProcess: EmulatorProcess | undefined;
  let scanner: ManagedProcess | undefined;
  let connector: INestMicroservice | undefined;
  let client: ClientProxy | undefined;
  let nc: NatsConnection | undefined;
  const stop = async () => {
    await client?.close();
    await connector?.close();
    await nc?.drain();
    await scanner?.stop();
    await emulatorProcess?.process.stop();
    await nats?.process.stop();
    await db?.drop();
    rmSync(stateDir, { recursive: true, force: true });
  };
  try {
    [nats, db, emulatorProcess] = await Promise.all([
      startPrivateNats(),
      createTestDatabase('scanner_it'),
      freePort().then((port) => startEmulatorProcess({ port, stateDir })),
    ]);
    const emulator = new EmulatorControl(emulatorProcess.baseUrl, emulatorProcess.caCertPath);
    const registry = new ConnectorRegistry(emulatorProcess.baseUrl, emulator.caPem);
    connector = await startFakeConnector(nats.url, registry);
    nc = await connect({ servers: nats.url, name: 'scanner-it' });
    const progress: ScanProgressEvent[] = [];
    const subscription = nc.subscribe(SCAN_PROGRESS_WILDCARD);
    void (async () => {
      for await (const message of subscription) progress.push(message.json<ScanProgressEvent>());
    })();
    scanner = await startServiceProcess({
      service: 'scanner',
      port: await freePort(),
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        NATS_URL: nats.url,
        GRAPH_BASE_URL: emulatorProcess.baseUrl,
        NODE_EXTRA_CA_CERTS: emulatorProcess.caCertPath,
        LOG_LEVEL: 'info',
      },
    });
    client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [nats.url], name: 'scanner-it-client' } });
    await client.connect();
    return {
      requester: new NatsRequester(client, { service: 'scanner-it', natsUrl: nats.url, requestTimeoutMs: 15000 }),
      emulator,
      registry,
      scanner,
      progress,
      audit: new AuditStreamReader(nc),
      databaseUrl: db.url,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
