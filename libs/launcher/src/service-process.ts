import { builtScript } from './built-script';
import { ManagedProcess, ManagedProcessOptions } from './managed-process';
import { httpOk, waitFor } from './wait-for';
import { workspaceRoot } from './workspace-root';

export type ServiceName = 'gateway' | 'connector' | 'scanner' | 'audit';

/** The variable each service reads its HTTP port from, and the fixed default (DESIGN.md). */
export const SERVICE_PORTS: Record<ServiceName, { variable: string; fallback: number }> = {
  gateway: { variable: 'GATEWAY_PORT', fallback: 4000 },
  connector: { variable: 'CONNECTOR_PORT', fallback: 4001 },
  scanner: { variable: 'SCANNER_PORT', fallback: 4002 },
  audit: { variable: 'AUDIT_PORT', fallback: 4003 },
};

export interface ServiceProcessOptions {
  service: ServiceName;
  port: number;
  env: NodeJS.ProcessEnv;
  name?: string;
  onLine?: ManagedProcessOptions['onLine'];
  readyTimeoutMs?: number;
  /** Options for node itself, before the script (heap flags NODE_OPTIONS cannot carry). */
  nodeArgs?: string[];
}

/** Starts a built service and waits until its /readyz answers 200 (NATS and Postgres reachable). */
export async function startServiceProcess(options: ServiceProcessOptions): Promise<ManagedProcess> {
  const process = new ManagedProcess({
    name: options.name ?? options.service,
    command: 'node',
    args: [...(options.nodeArgs ?? []), builtScript(`apps/${options.service}`, 'main.js')],
    cwd: workspaceRoot(),
    env: { ...options.env, [SERVICE_PORTS[options.service].variable]: String(options.port) },
    onLine: options.onLine,
  });
  const readyUrl = `http://127.0.0.1:${options.port}/readyz`;
  try {
    await waitFor(`${process.name} at ${readyUrl}`, () => httpOk(readyUrl), options.readyTimeoutMs ?? 60000, {
      abortIf: () => (process.running ? undefined : process.failure('exited before it was ready')),
    });
  } catch (error) {
    await process.stop(2000);
    throw error instanceof Error && error.message.startsWith(process.name) ? error : process.failure(String(error));
  }
  return process;
}
