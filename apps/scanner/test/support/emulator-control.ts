import { readFileSync } from 'node:fs';
import { request } from 'node:https';

export interface GeneratedTenant {
  tenantId: string;
  stats: { enabledMembers: number; enabledMembersMfaRegistered: number; users: number };
}

export interface EmulatorApp {
  clientId: string;
  clientSecret: string;
}

/** The emulator's control API (DESIGN.md) over HTTPS, trusting the emulator's CA for these calls only. */
export class EmulatorControl {
  readonly caPem: string;

  constructor(
    readonly baseUrl: string,
    caCertPath: string,
  ) {
    this.caPem = readFileSync(caCertPath, 'utf8');
  }

  createTenant(generate: { users: number; mfaRegisteredRatio: number; seed: number }): Promise<GeneratedTenant> {
    return this.send('POST', '/_emulator/tenants', { generate });
  }

  createApp(tenantId: string, permissions: string[]): Promise<EmulatorApp> {
    return this.send('POST', `/_emulator/tenants/${tenantId}/apps`, { permissions });
  }

  private send<T>(method: string, path: string, body: unknown): Promise<T> {
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        new URL(path, this.baseUrl),
        { method, ca: this.caPem, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 500) >= 300) return reject(new Error(`${method} ${path} → ${res.statusCode}: ${text}`));
            resolve(JSON.parse(text) as T);
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
}
