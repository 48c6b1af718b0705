import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NATS_BINARIES = ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];

/** A benchmark's own child process; it dies with the benchmark. */
export interface BenchProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): BenchProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Drain output so a chatty child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Resolves with the first match of `pattern` in the process's output. */
export function untilLine(process: BenchProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
    let seen = '';
    const check = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (!match) return;
      clearTimeout(timer);
      resolve(match);
    };
    process.child.stdout?.on('data', check);
    process.child.stderr?.on('data', check);
    process.child.once('exit', (code) => reject(new Error(`process exited (${code}) before it was ready`)));
  });
}

export async function startNats(): Promise<{ url: string; process: BenchProcess }> {
  const binary = NATS_BINARIES.find((path) => existsSync(path));
  if (!binary) throw new Error('nats-server binary not found');
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'tc-scan-bench-nats-'));
  const started = run(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir]);
  const process: BenchProcess = { child: started.child, stop: async () => (await started.stop(), rmSync(storeDir, { recursive: true, force: true })) };
  await untilLine(process, /Server is ready/, 15000).catch(async (error: unknown) => {
    await process.stop();
    throw error;
  });
  return { url: `nats://127.0.0.1:${port}`, process };
}

/** Waits until a service's /readyz answers, or fails if it exits first. */
export async function untilReady(process: BenchProcess, port: number, name: string): Promise<void> {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) throw new Error(`${name} exited (${process.child.exitCode}) before it was ready`);
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} was not ready within 60 s`);
}
