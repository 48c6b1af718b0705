import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
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

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): BenchProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

function untilLine(process: BenchProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
    const check = (chunk: Buffer) => {
      if (!pattern.test(chunk.toString())) return;
      clearTimeout(timer);
      resolve();
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
  const process = run(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', mkdtempSync(join(tmpdir(), 'tc-bench-nats-'))]);
  await untilLine(process, /Server is ready/, 15000);
  return { url: `nats://127.0.0.1:${port}`, process };
}

/** The built gateway (`dist/main.js` beside this file's folder), ready once /readyz answers. */
export async function startGateway(env: NodeJS.ProcessEnv, port: number): Promise<BenchProcess> {
  const process = run('node', [...(env.BENCH_NODE_ARGS ? env.BENCH_NODE_ARGS.split(' ') : []), join(__dirname, '..', 'main.js')], { ...env, GATEWAY_PORT: String(port) });
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) throw new Error(`the gateway exited (${process.child.exitCode}) before it was ready`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ok) return process;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await process.stop();
  throw new Error('the gateway was not ready within 30 s');
}
