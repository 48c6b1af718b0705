import { NatsRequester, SCAN_PROGRESS_WILDCARD, ScanProgressEvent } from '@trueconfig/common';
import { connectTestRequester, EmulatorControlClient, freePort, ManagedProcess, startServiceProcess, startTestBackbone } from '@trueconfig/launcher';
import { connect, NatsConnection } from 'nats';
import { AuditStreamReader } from './audit-stream-reader';
import { ConnectorRegistry, startFakeConnector } from './fake-connector';

export interface ScannerHarness {
  requester: NatsRequester;
  emulator: EmulatorControlClient;
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
  const backbone = await startTestBackbone({ databasePrefix: 'scanner_it', withEmulator: true });
  const { stoppables, nats, control } = backbone;
  return stoppables.startOrStopAll(async () => {
    const registry = new ConnectorRegistry(backbone.emulator.baseUrl, control.caPem);
    stoppables.add(await startFakeConnector(nats.url, registry), (app) => app.close());
    const nc = stoppables.add(await connect({ servers: nats.url, name: 'scanner-it' }), (c) => c.drain());
    const progress = collectProgress(nc);
    const scanner = stoppables.add(
      await startServiceProcess({ service: 'scanner', port: await freePort(), env: { ...backbone.env, LOG_LEVEL: 'info' } }),
      (p) => p.stop(),
    );
    const client = stoppables.add(await connectTestRequester(nats.url, 'scanner-it'), (c) => c.close());
    return {
      requester: client.requester,
      emulator: control,
      registry,
      scanner,
      progress,
      audit: new AuditStreamReader(nc),
      databaseUrl: backbone.db.url,
      stop: backbone.stop,
    };
  });
}

function collectProgress(nc: NatsConnection): ScanProgressEvent[] {
  const progress: ScanProgressEvent[] = [];
  const subscription = nc.subscribe(SCAN_PROGRESS_WILDCARD);
  void (async () => {
    for await (const message of subscription) progress.push(message.json<ScanProgressEvent>());
  })();
  return progress;
}
