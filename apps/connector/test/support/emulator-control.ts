import { readFileSync } from 'node:fs';
import { request } from 'node:https';

export interface EmulatorApp {
  clientId: string;
  clientSecret: string;
  secretId: string;
}

export interface EmulatorAppInput {
  permissions: string[];
  secretExpiresAt?: string;
  disabled?: boolean;
  conditionalAccessBlocked?: boolean;
}

/** The emulator's control API (DESIGN.md), over HTTPS trusting the emulator's own CA. */
export class EmulatorControl {
  private readonly ca: Buffer;

  constructor(
    private readonly baseUrl: string,
    caCertPath: string,
  ) {
    this.ca = readFileSync(caCertPath);
  }

  async createTenant(displayName: string): Promise<{ tenantId: string; defaultDomain: string }> {
    return this.send('POST', '/_emulator/tenants', { displayName });
  }

  async createApp(tenantId: string, input: EmulatorAppInput): Promise<EmulatorApp> {
    return this.send('POST', `/_emulator/tenants/${tenantId}/apps`, input);
  }

  async patchApp(tenantId: string, clientId: string, patch: Partial<EmulatorAppInput>): Promise<void> {
    await this.send('PATCH', `/_emulator/tenants/${tenantId}/apps/${clientId}`, patch);
  }

  async addFault(fault: Record<string, unknown>): Promise<{ faultId: string }> {
    return this.send('POST', '/_emulator/faults', fault);
  }

  private send<T>(method: string, path: string, body: unknown): Promise<T> {
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        new URL(path, this.baseUrl),
        { method, ca: this.ca, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 500) >= 300) return reject(new Error(`${method} ${path} → ${res.statusCode}: ${text}`));
            resolve((text ? JSON.parse(text) : undefined) as T);
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
}
