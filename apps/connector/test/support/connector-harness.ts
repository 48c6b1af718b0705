import { NatsRequester } from '@trueconfig/common';
import { connectTestRequester, EmulatorControlClient, freePort, ManagedProcess, startServiceProcess, startTestBackbone } from '@trueconfig/launcher';
import { randomBytes } from 'node:crypto';
import { NatsCapture } from './nats-capture';

export interface ConnectorHarness {
  requester: NatsRequester;
  emulator: EmulatorControlClient;
  /** The running connector (replaced by `restartConnector`). */
  connector: ManagedProcess;
  /** Every line every connector process of this harness printed. */
  allConnectorLines(): string[];
  capture: NatsCapture;
  databaseUrl: string;
  /** The environment the connector runs with (backbone + encryption key). */
  env: NodeJS.ProcessEnv;
  /** Stops the connector and starts it again with its current `env` changed by `overrides`. */
  restartConnector(overrides: NodeJS.ProcessEnv): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real parts, each its own process: a private NATS, a fresh database, the built emulator and the
 * built connector. The test talks to the connector over NATS exactly as the gateway does.
 */
export async function startConnectorHarness(extraEnv: NodeJS.ProcessEnv = {}): Promise<ConnectorHarness> {
  const backbone = await startTestBackbone({ databasePrefix: 'connector_it', withEmulator: true });
  const { stoppables } = backbone;
  return stoppables.startOrStopAll(async () => {
    const capture = stoppables.add(await NatsCapture.start(backbone.nats.url), (c) => c.stop());
    const env: NodeJS.ProcessEnv = { ...backbone.env, ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'debug', ...extraEnv };
    const earlierLines: string[] = [];
    const start = async (processEnv: NodeJS.ProcessEnv) => startServiceProcess({ service: 'connector', port: await freePort(), env: processEnv });
    const harness = {
      connector: await start(env),
      env,
      async restartConnector(overrides: NodeJS.ProcessEnv) {
        await harness.connector.stop();
        earlierLines.push(...harness.connector.lines);
        harness.env = { ...harness.env, ...overrides };
        harness.connector = await start(harness.env);
      },
    };
    stoppables.defer(() => harness.connector.stop());
    const client = stoppables.add(await connectTestRequester(backbone.nats.url, 'connector-it'), (c) => c.close());
    return Object.assign(harness, {
      requester: client.requester,
      emulator: backbone.control,
      capture,
      databaseUrl: backbone.db.url,
      allConnectorLines: () => [...earlierLines, ...harness.connector.lines],
      stop: backbone.stop,
    });
  });
}
