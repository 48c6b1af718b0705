import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import { NatsRequester } from '@trueconfig/common';
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
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EmulatorControl } from './emulator-control';
import { NatsCapture } from './nats-capture';

export interface ConnectorHarness {
  requester: NatsRequester;
  emulator: EmulatorControl;
  connector: ManagedProcess;
  capture: NatsCapture;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real parts, each its own process: a private NATS, a fresh database, the built emulator and the
 * built connector. The test talks to the connector over NATS exactly as the gateway does.
 */
export async function startConnectorHarness(): Promise<ConnectorHarness> {
  const stateDir = join(workspaceRoot(), 'tmp', `connector-it-${randomBytes(4).toString('hex')}`);
  let nats: PrivateNats | undefined;
  let db: TestDatabase | undefined;
  let emulator: EmulatorProcess | undefined;
  let connector: ManagedProcess | undefined;
  let capture: NatsCapture | undefined;
  let client: ClientProxy | undefined;
  const stop = async () => {
    await client?.close();
    await capture?.stop();
    await connector?.stop();
    await emulator?.process.stop();
    await nats?.process.stop();
    await db?.drop();
    rmSync(stateDir, { recursive: true, force: true });
  };
  try {
    [nats, db, emulator] = await Promise.all([
      startPrivateNats(),
      createTestDatabase('connector_it'),
      freePort().then((port) => startEmulatorProcess({ port, stateDir })),
    ]);
    capture = await NatsCapture.start(nats.url);
    connector = await startServiceProcess({
      service: 'connector',
      port: await freePort(),
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        NATS_URL: nats.url,
        ENTRA_AUTHORITY_HOST: emulator.baseUrl,
        NODE_EXTRA_CA_CERTS: emulator.caCertPath,
        ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        LOG_LEVEL: 'debug',
      },
    });
    client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [nats.url], name: 'connector-it' } });
    await client.connect();
    return {
      requester: new NatsRequester(client, { service: 'connector-it', natsUrl: nats.url, requestTimeoutMs: 15000 }),
      emulator: new EmulatorControl(emulator.baseUrl, emulator.caCertPath),
      connector,
      capture,
      databaseUrl: db.url,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
