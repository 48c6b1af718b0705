import { join } from 'node:path';
import { ManagedProcess, ManagedProcessOptions } from './managed-process';
import { workspaceRoot } from './workspace-root';

export interface EmulatorProcess {
  baseUrl: string;
  caCertPath: string;
  process: ManagedProcess;
}

export interface EmulatorProcessOptions {
  port: number;
  stateDir: string;
  throttleScale?: number;
  onLine?: ManagedProcessOptions['onLine'];
}

/** Runs the built Graph/Entra emulator and reads its base URL and CA path from its first lines. */
export async function startEmulatorProcess(options: EmulatorProcessOptions): Promise<EmulatorProcess> {
  const root = workspaceRoot();
  const args = [join(root, 'apps/graph-emulator/dist/cli.js'), '--port', String(options.port), '--state-dir', options.stateDir];
  if (options.throttleScale !== undefined) args.push('--throttle-scale', String(options.throttleScale));
  const process = new ManagedProcess({ name: 'graph-emulator', command: 'node', args, cwd: root, onLine: options.onLine });
  const [, baseUrl] = await process.waitForLine(/^emulator ready: (\S+)/, 20000);
  const [, caCertPath] = await process.waitForLine(/^ca certificate: (\S+)/, 5000);
  return { baseUrl, caCertPath, process };
}
