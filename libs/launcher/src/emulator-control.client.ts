import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import {
  EmulatorApp,
  EmulatorAppInput,
  EmulatorAppPatch,
  EmulatorFault,
  EmulatorFaultInput,
  EmulatorPatchedApp,
  EmulatorStats,
  EmulatorTenant,
  EmulatorTenantInput,
} from './emulator-control.types';

/** Drives the emulator's control API (DESIGN.md) over HTTPS, trusting its self-signed CA for these calls only. */
export class EmulatorControlClient {
  /** The emulator's CA, for clients in this process that must trust it too (e.g. `tlsOptions.ca`). */
  readonly caPem: string;

  constructor(
    readonly baseUrl: string,
    caCertPath: string,
  ) {
    this.caPem = readFileSync(caCertPath, 'utf8');
  }

  createTenant(body: EmulatorTenantInput): Promise<EmulatorTenant> {
    return this.call('POST', '/_emulator/tenants', body);
  }

  getTenant(tenantId: string): Promise<EmulatorTenant> {
    return this.call('GET', `/_emulator/tenants/${tenantId}`);
  }

  async deleteTenant(tenantId: string): Promise<void> {
    await this.call('DELETE', `/_emulator/tenants/${tenantId}`);
  }

  createApp(tenantId: string, body: EmulatorAppInput): Promise<EmulatorApp> {
    return this.call('POST', `/_emulator/tenants/${tenantId}/apps`, body);
  }

  updateApp(tenantId: string, clientId: string, patch: EmulatorAppPatch): Promise<EmulatorPatchedApp> {
    return this.call('PATCH', `/_emulator/tenants/${tenantId}/apps/${clientId}`, patch);
  }

  async deleteApp(tenantId: string, clientId: string): Promise<void> {
    await this.call('DELETE', `/_emulator/tenants/${tenantId}/apps/${clientId}`);
  }

  addFault(fault: EmulatorFaultInput): Promise<EmulatorFault> {
    return this.call('POST', '/_emulator/faults', fault);
  }

  async removeFault(faultId: string): Promise<void> {
    await this.call('DELETE', `/_emulator/faults/${faultId}`);
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/_emulator/faults');
  }

  stats(): Promise<EmulatorStats> {
    return this.call('GET', '/_emulator/stats');
  }

  async resetStats(): Promise<void> {
    await this.call('DELETE', '/_emulator/stats');
  }

  /** Any control call; a status of 300 or more rejects with the emulator's answer. */
  call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, this.baseUrl), { method, ca: this.caPem, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 300) return reject(new Error(`${method} ${path} → ${res.statusCode}: ${text}`));
          resolve((text ? JSON.parse(text) : undefined) as T);
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
}
