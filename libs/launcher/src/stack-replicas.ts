import { ManagedProcess, ManagedProcessOptions } from './managed-process';
import { preferredPort } from './free-port';
import { ServiceName, startServiceProcess } from './service-process';

/** Replicas of one service on one machine are `REPLICA_PORT_STEP` ports apart where free: 4002, 4012, 4022, ... */
export const REPLICA_PORT_STEP = 10;

export interface ServiceReplica {
  service: ServiceName;
  /** 1-based; the process is named `<service>` for the first replica and `<service>-<n>` after. */
  index: number;
  name: string;
  port: number;
  /** Health, readiness and /metrics (and, for the gateway, /graphql) live under this. */
  baseUrl: string;
  process: ManagedProcess;
}

export function replicaName(service: ServiceName, index: number): string {
  return index === 1 ? service : `${service}-${index}`;
}

/**
 * Starts `count` replicas of a service, each on its own port. The first starts alone (it applies the
 * migrations), the others together; every replica joins the service's NATS queue group.
 */
export async function startServiceReplicas(
  service: ServiceName,
  count: number,
  basePort: number,
  env: NodeJS.ProcessEnv,
  onLine: ManagedProcessOptions['onLine'],
  started: ServiceReplica[],
): Promise<void> {
  const start = async (index: number) => {
    // Only the first port was chosen free: the others could be one another service of the machine just took.
    const port = index === 1 ? basePort : await preferredPort(basePort + (index - 1) * REPLICA_PORT_STEP);
    const name = replicaName(service, index);
    const process = await startServiceProcess({ service, port, env, name, onLine });
    started.push({ service, index, name, port, baseUrl: `http://127.0.0.1:${port}`, process });
  };
  await start(1);
  const rest = Array.from({ length: count - 1 }, (_, i) => start(i + 2));
  const results = await Promise.allSettled(rest);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}
