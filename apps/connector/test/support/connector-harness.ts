import { NatsRequester } from '@trueconfig/common';
import { connectTestRequester, EmulatorControlClient, freePort, ManagedProcess, startServiceProcess, startTestBackbone } from '@trueconfig/launcher';
import { randomBytes } from 'node:crypto';
import { NatsCapture } from './nats-capture';

export interface ConnectorHarness {
  requester: NatsRequester;
  emulator: EmulatorControlClient;
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
  const backbone = await startTestBackbone({ databasePrefix: 'connector_it', withEmulator: true });
  const { stoppables } = backbone;
  return stoppables.startOrStopAll(async () => {
    const capture = stoppables.add(await NatsCapture.start(backbone.nats.url), (c) => c.stop());
    const connector = stoppables.add(
      await startServiceProcess({
        service: 'connector',
        port: await freePort(),
        env: { ...backbone.env, ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'debug' },
      }),
      (p) => p.stop(),
    );
    const client = stoppables.add(await connectTestRequester(backbone.nats.url, 'connector-it'), (c) => c.close());
    return {
      requester: client.requester,
      emulator: backbone.control,
      connector,
      capture,
      databaseUrl: backbone.db.url,
      stop: backbone.stop,
    };
  });
}
