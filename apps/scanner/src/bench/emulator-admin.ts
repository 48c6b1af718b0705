import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { BenchProcess, freePort, run, untilLine } from './bench-processes';

export interface EmulatorStatsSnapshot {
  totalRequests: number;
  throttled: number;
  requests: Array<{ method: string; path: string; status: number; count: number }>;
}

/** The built emulator (apps/graph-emulator/dist) at a throttle scale, and its control API trusting its CA. */
export class BenchEmulator {
  private constructor(
    readonly process: BenchProcess,
    readonly baseUrl: string,
    readonly caCertPath: string,
    readonly caPem: string,
  ) {}

  static async start(stateDir: string, throttleScale: number): Promise<BenchEmulator> {
    const cli = join(__dirname, '..', '..', '..', 'graph-emulator', 'dist', 'cli.js');
    const port = await freePort();
    const process = run('node', [cli, '--port', String(port), '--state-dir', stateDir, '--throttle-scale', String(throttleScale)]);
    const [, baseUrl, caCertPath] = await untilLine(process, /emulator ready: (\S+)[\s\S]*ca certificate: (\S+)/, 30000).catch(async (error: unknown) => {
      await process.stop();
      throw error;
    });
    return new BenchEmulator(process, baseUrl, caCertPath, readFileSync(caCertPath, 'utf8'));
  }

  stats(): Promise<EmulatorStatsSnapshot> {
    return this.call('GET', '/_emulator/stats');
  }

  call<T>(method: string, path: string, body?: unknown, form?: Record<string, string>): Promise<T> {
    const payload = form ? new URLSearchParams(form).toString() : body === undefined ? undefined : JSON.stringify(body);
    const type = form ? 'application/x-www-form-urlencoded' : 'application/json';
    const headers = payload === undefined ? {} : { 'content-type': type, 'content-length': Buffer.byteLength(payload) };
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, this.baseUrl), { method, ca: this.caPem, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 300) return reject(new Error(`${method} ${path} → ${res.statusCode}: ${text.slice(0, 300)}`));
          resolve((text ? JSON.parse(text) : undefined) as T);
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
}
