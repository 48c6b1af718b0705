import { request } from 'node:https';
import { readFileSync } from 'node:fs';

export interface EmulatorTenant {
  tenantId: string;
  displayName: string;
  domains: string[];
  stats: Record<string, number>;
}

export interface EmulatorApp {
  clientId: string;
  clientSecret: string;
  secretId: string;
}

export interface CreateTenantBody {
  displayName?: string;
  licence?: 'free' | 'p1' | 'p2';
  generate?: Record<string, number>;
}

export interface CreateAppBody {
  displayName?: string;
  permissions: string[];
  secretExpiresAt?: string;
  disabled?: boolean;
  conditionalAccessBlocked?: boolean;
}

/** Drives the emulator's control API (DESIGN.md) over HTTPS, trusting its self-signed CA. */
export class EmulatorControlClient {
  private readonly ca: string;

  constructor(private readonly baseUrl: string, caCertPath: string) {
    this.ca = readFileSync(caCertPath, 'utf8');
  }

  createTenant(body: CreateTenantBody): Promise<EmulatorTenant> {
    return this.call('POST', '/_emulator/tenants', body);
  }

  createApp(tenantId: string, body: CreateAppBody): Promise<EmulatorApp> {
    return this.call('POST', `/_emulator/tenants/${tenantId}/apps`, body);
  }

  updateApp(tenantId: string, clientId: string, body: Partial<CreateAppBody>): Promise<unknown> {
    return this.call('PATCH', `/_emulator/tenants/${tenantId}/apps/${clientId}`, body);
  }

  call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = new URL(path, this.baseUrl);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(url, { method, ca: this.ca, headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 400) return reject(new Error(`${method} ${path} → ${res.statusCode}: ${text}`));
          resolve((text ? JSON.parse(text) : undefined) as T);
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
}
