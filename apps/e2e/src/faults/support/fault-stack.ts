import {
  createApiKey,
  EmulatorControlClient,
  freePort,
  graphqlRequest,
  GraphqlResponse,
  RunningStack,
  ServiceName,
  ServiceReplica,
  startServiceProcess,
  startStack,
  startTestBackbone,
  TestBackbone,
  workspaceRoot,
} from '@trueconfig/launcher';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export interface FaultStackOptions {
  replicas?: Partial<Record<ServiceName, number>>;
  /** Extra service variables; a short ack wait is always set so a dead scanner's job comes back soon. */
  serviceEnv?: NodeJS.ProcessEnv;
  /** The database and NATS to use instead of the backbone's (a private Postgres cluster, a restartable NATS). */
  databaseUrl?: string;
  natsUrl?: string;
}

export interface FaultStack {
  backbone: TestBackbone;
  stack: RunningStack;
  control: EmulatorControlClient;
  apiKey: string;
  databaseUrl: string;
  logDir: string;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T> & { status: number }>;
  replicasOf(service: ServiceName): ServiceReplica[];
  /** Starts a replica again on its port with the stack's environment, replacing the dead one in `replicas`. */
  restart(replica: ServiceReplica): Promise<ServiceReplica>;
  stop(): Promise<void>;
}

export const FAULT_SERVICE_ENV: NodeJS.ProcessEnv = { SCAN_ACK_WAIT_SECONDS: '3', GRAPH_RETRY_BASE_MS: '100' };

/** A private NATS and database with the whole built stack on top, one per fault suite. */
export async function startFaultStack(options: FaultStackOptions = {}): Promise<FaultStack> {
  const backbone = await startTestBackbone({ databasePrefix: 'tc_faults' });
  return backbone.stoppables.startOrStopAll(async () => {
    const runDir = join(workspaceRoot(), 'tmp', 'faults', `run-${Date.now()}-${randomBytes(3).toString('hex')}`);
    backbone.stoppables.defer(() => rmSync(join(runDir, 'emulator'), { recursive: true, force: true }));
    const ports = { emulator: await freePort(), gateway: await freePort(), connector: await freePort(), scanner: await freePort(), audit: await freePort() };
    const databaseUrl = options.databaseUrl ?? backbone.db.url;
    const stack = await startStack({
      databaseUrl,
      natsUrl: options.natsUrl ?? backbone.nats.url,
      ports,
      replicas: options.replicas,
      stateDir: join(runDir, 'emulator'),
      logDir: join(runDir, 'logs'),
      logLevel: 'info',
      serviceEnv: { ...FAULT_SERVICE_ENV, ...options.serviceEnv },
    });
    backbone.stoppables.add(stack, (s) => s.stop());
    const apiKey = await createApiKey({ ...stack.env, DATABASE_URL: databaseUrl }, 'faults-org', 'admin');
    const replicasOf = (service: ServiceName) => stack.replicas.filter((r) => r.service === service);
    return {
      backbone,
      stack,
      control: new EmulatorControlClient(stack.emulator.baseUrl, stack.emulator.caCertPath),
      apiKey,
      databaseUrl,
      logDir: join(runDir, 'logs'),
      gql: (query, variables = {}) => graphqlRequest(stack.gatewayUrl, query, variables, apiKey),
      replicasOf,
      restart: async (replica) => {
        const process = await startServiceProcess({ service: replica.service, port: replica.port, env: stack.env, name: `${replica.name}-restarted` });
        const restarted = { ...replica, process };
        stack.replicas.splice(stack.replicas.indexOf(replica), 1, restarted);
        return restarted;
      },
      stop: () => backbone.stop(),
    };
  });
}
