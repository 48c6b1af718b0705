import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { ManagedProcess } from './managed-process';

const CANDIDATES = ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];

export interface PrivateNats {
  url: string;
  process: ManagedProcess;
  port: number;
  storeDir: string;
}

export function natsServerBinary(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path));
}

export interface PrivateNatsOptions {
  /** A fixed port and store dir let a fault test stop the server and start it again where it was. */
  port?: number;
  storeDir?: string;
}

/**
 * A private NATS server with JetStream for one test run, so tests never share subjects or
 * streams with a development stack on the machine's NATS.
 */
export async function startPrivateNats(options: PrivateNatsOptions = {}): Promise<PrivateNats> {
  const binary = natsServerBinary();
  if (!binary) throw new Error('nats-server binary not found');
  const port = options.port ?? (await freePort());
  const storeDir = options.storeDir ?? mkdtempSync(join(tmpdir(), 'trueconfig-nats-'));
  const process = new ManagedProcess({
    name: 'nats-server',
    command: binary,
    args: ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir],
  });
  await process.waitForLine(/Server is ready/, 15000);
  return { url: `nats://127.0.0.1:${port}`, process, port, storeDir };
}
