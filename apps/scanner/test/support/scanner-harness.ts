import { NatsRequester, SCAN_PROGRESS_WILDCARD, ScanProgressEvent } from '@trueconfig/common';
import { connectTestRequester, EmulatorControlClient, freePort, ManagedProcess, startServiceProcess, startTestBackbone } from '@trueconfig/launcher';
import { connect, NatsConnection } from 'nats';
import { AuditStreamReader } from './audit-stream-reader';
import { ConnectorRegistry, startFakeConnector } from './fake-connector';

export interface ScannerHarnessOptions {
  /** Scanner processes started up front (default 1). */
  replicas?: number;
  /** Extra environment for every scanner process (e.g. a short ack wait or scheduler tick). */
  env?: Record<string, string>;
  /** The emulator's --throttle-scale, and the scanner's GRAPH_LIMIT_SCALE with it (default 1000). */
  throttleScale?: number;
}

export interface ScannerHarness {
  requester: NatsRequester;
  emulator: EmulatorControlClient;
  registry: ConnectorRegistry;
  /** The first replica. */
  scanner: ManagedProcess;
  scanners: ManagedProcess[];
  progress: ScanProgressEvent[];
  audit: AuditStreamReader;
  databaseUrl: string;
  natsUrl: string;
  /** Starts one more replica on the same NATS, database and emulator. */
  startScanner(name?: string): Promise<ManagedProcess>;
  stop(): Promise<void>;
}

/**
 * Real parts, each its own process: private NATS, a fresh database, the built emulator and the built
 * scanner(s). Only the connector is stood in for (in this process, over real NATS, with real tokens).
 */
export async function startScannerHarness(options: ScannerHarnessOptions = {}): Promise<ScannerHarness> {
  const backbone = await startTestBackbone({ databasePrefix: 'scanner_it', withEmulator: true, throttleScale: options.throttleScale });
  const { stoppables, nats, control } = backbone;
  return stoppables.startOrStopAll(async () => {
    const registry = new ConnectorRegistry(backbone.emulator.baseUrl, control.caPem);
    stoppables.add(await startFakeConnector(nats.url, registry), (app) => app.close());
    const nc = stoppables.add(await connect({ servers: nats.url, name: 'scanner-it' }), (c) => c.drain());
    const progress = collectProgress(nc);
    const scanners: ManagedProcess[] = [];
    const startScanner = async (name = `scanner-${scanners.length + 1}`) => {
      const env = { ...backbone.env, LOG_LEVEL: 'info', ...options.env };
      const scanner = stoppables.add(await startServiceProcess({ service: 'scanner', name, port: await freePort(), env }), (p) => p.stop());
      scanners.push(scanner);
      return scanner;
    };
    // One after the other: the first migrates the schema and creates the job stream.
    for (let i = 0; i < (options.replicas ?? 1); i++) await startScanner();
    const client = stoppables.add(await connectTestRequester(nats.url, 'scanner-it'), (c) => c.close());
    return {
      requester: client.requester,
      emulator: control,
      registry,
      scanner: scanners[0],
      scanners,
      progress,
      audit: new AuditStreamReader(nc),
      databaseUrl: backbone.db.url,
      natsUrl: nats.url,
      startScanner,
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
