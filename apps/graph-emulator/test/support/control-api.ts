import type { AppInput, TenantInput, TenantStats } from '../../src';

export interface CreatedTenant {
  tenantId: string;
  displayName: string;
  domains: string[];
  stats: TenantStats;
}

export interface CreatedApp {
  clientId: string;
  clientSecret: string;
  secretId: string;
}

/** The control API over HTTPS, as the launcher and other test suites use it. */
export class ControlApi {
  constructor(private readonly baseUrl: string) {}

  async createTenant(input: TenantInput): Promise<CreatedTenant> {
    return this.send<CreatedTenant>('POST', '/_emulator/tenants', input, 201);
  }

  async createApp(tenantId: string, input: AppInput): Promise<CreatedApp> {
    return this.send<CreatedApp>('POST', `/_emulator/tenants/${tenantId}/apps`, input, 201);
  }

  async send<T>(method: string, path: string, body: unknown, expectedStatus: number, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== expectedStatus) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
