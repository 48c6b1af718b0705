import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATABASE_URL, DEFAULT_NATS_URL } from '@trueconfig/common';
import { EmulatorProcess, emulatorEnv, startEmulatorProcess } from './emulator-process';
import { ManagedProcess, ManagedProcessOptions } from './managed-process';
import { SERVICE_PORTS, ServiceName } from './service-process';
import { ServiceReplica, startServiceReplicas } from './stack-replicas';
import { workspaceRoot } from './workspace-root';

export interface StackOptions {
  databaseUrl?: string;
  natsUrl?: string;
  /** Base64 of 32 bytes; a fresh one is made when absent (fine for demos and tests, not production). */
  encryptionKey?: string;
  /** The first replica's port; further replicas are REPLICA_PORT_STEP apart. */
  ports?: Partial<Record<ServiceName | 'emulator', number>>;
  /** Replicas per service (default 1), to try scaling on one machine. */
  replicas?: Partial<Record<ServiceName, number>>;
  stateDir?: string;
  logLevel?: string;
  /** When set, each process's output is also appended, line by line, to `<logDir>/<name>.log`. */
  logDir?: string;
  onLine?: ManagedProcessOptions['onLine'];
  /** Extra variables for every service (e.g. a short SCAN_ACK_WAIT_SECONDS in fault tests). */
  serviceEnv?: NodeJS.ProcessEnv;
}

export interface RunningStack {
  gatewayUrl: string;
  emulator: EmulatorProcess;
  /** The first replica of each service. */
  services: Map<ServiceName, ManagedProcess>;
  /** Every replica of every service, in start order. */
  replicas: ServiceReplica[];
  env: NodeJS.ProcessEnv;
  /** Every line every process printed, for diagnostics and secret scans. */
  allLines(): string[];
  stop(): Promise<void>;
}

/** Order matters only for readiness: audit first so no early event waits long in JetStream. */
const START_ORDER: ServiceName[] = ['audit', 'connector', 'scanner', 'gateway'];

/** Starts the emulator and the four services as separate processes and waits until each is ready. */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const root = workspaceRoot();
  const onLine = withLogFiles(options);
  const port = (name: ServiceName | 'emulator') =>
    options.ports?.[name] ?? (name === 'emulator' ? 4443 : SERVICE_PORTS[name].fallback);
  const emulator = await startEmulatorProcess({
    port: port('emulator'),
    stateDir: options.stateDir ?? join(root, 'tmp/graph-emulator'),
    onLine,
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...emulatorEnv(emulator),
    DATABASE_URL: options.databaseUrl ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    NATS_URL: options.natsUrl ?? process.env.NATS_URL ?? DEFAULT_NATS_URL,
    ENCRYPTION_KEY: options.encryptionKey ?? process.env.ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
    LOG_LEVEL: options.logLevel ?? process.env.LOG_LEVEL ?? 'info',
    ...options.serviceEnv,
  };
  const replicas: ServiceReplica[] = [];
  const stop = async () => {
    await Promise.all([...replicas].reverse().map((r) => r.process.stop()));
    await emulator.process.stop();
  };
  try {
    for (const service of START_ORDER) {
      await startServiceReplicas(service, options.replicas?.[service] ?? 1, port(service), env, onLine, replicas);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${port('gateway')}/graphql`,
    emulator,
    services: new Map(replicas.filter((r) => r.index === 1).map((r) => [r.service, r.process])),
    replicas,
    env,
    allLines: () => [emulator.process, ...replicas.map((r) => r.process)].flatMap((p) => p.lines),
    stop,
  };
}

function withLogFiles(options: StackOptions): ManagedProcessOptions['onLine'] {
  const { logDir, onLine } = options;
  if (!logDir) return onLine;
  mkdirSync(logDir, { recursive: true });
  return (line, name) => {
    appendFileSync(join(logDir, `${name}.log`), `${line}\n`);
    onLine?.(line, name);
  };
}
