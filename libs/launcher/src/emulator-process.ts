import { builtScript } from './built-script';
import { ManagedProcess, ManagedProcessOptions } from './managed-process';
import { workspaceRoot } from './workspace-root';

export interface EmulatorProcess {
  baseUrl: string;
  caCertPath: string;
  process: ManagedProcess;
  /** The emulator's --throttle-scale, when given: the scanner paces to the same scale. */
  throttleScale?: number;
}

export interface EmulatorProcessOptions {
  port: number;
  stateDir: string;
  throttleScale?: number;
  onLine?: ManagedProcessOptions['onLine'];
}

/** Runs the built Graph/Entra emulator and reads its base URL and CA path from its first lines. */
export async function startEmulatorProcess(options: EmulatorProcessOptions): Promise<EmulatorProcess> {
  const args = [builtScript('apps/graph-emulator', 'cli.js'), '--port', String(options.port), '--state-dir', options.stateDir];
  if (options.throttleScale !== undefined) args.push('--throttle-scale', String(options.throttleScale));
  const process = new ManagedProcess({ name: 'graph-emulator', command: 'node', args, cwd: workspaceRoot(), onLine: options.onLine });
  try {
    const [, baseUrl] = await process.waitForLine(/^emulator ready: (\S+)/, 20000);
    const [, caCertPath] = await process.waitForLine(/^ca certificate: (\S+)/, 5000);
    return { baseUrl, caCertPath, process, throttleScale: options.throttleScale };
  } catch (error) {
    await process.stop(2000);
    throw error;
  }
}

/** What points the services at the emulator instead of Entra ID and Graph, and makes them trust its CA. */
export function emulatorEnv(emulator: EmulatorProcess): NodeJS.ProcessEnv {
  return {
    NODE_EXTRA_CA_CERTS: emulator.caCertPath,
    ENTRA_AUTHORITY_HOST: emulator.baseUrl,
    GRAPH_BASE_URL: emulator.baseUrl,
    ...(emulator.throttleScale !== undefined ? { GRAPH_LIMIT_SCALE: String(emulator.throttleScale) } : {}),
  };
}
