import { AppInput, appInputSchema } from './app-input.schema';
import { AppRegistration, createAppRegistration, latestSecret } from './app-registration';
import { ClientSecret } from './client-secret';
import { createTenant, initialDomainSlug, Tenant } from './tenant';
import { TenantInput, tenantInputSchema } from './tenant-input.schema';

/** A conflict with existing state (duplicate id or domain), reported to callers as 409. */
export class ConflictError extends Error {}

export interface CreatedApp {
  app: AppRegistration;
  secret: ClientSecret;
}

export class TenantStore {
  private readonly byId = new Map<string, Tenant>();
  private readonly byDomain = new Map<string, Tenant>();

  create(input: TenantInput, now = new Date()): Tenant {
    const spec = tenantInputSchema.parse(input);
    if (spec.tenantId && this.byId.has(spec.tenantId.toLowerCase())) throw new ConflictError(`tenant ${spec.tenantId} exists`);
    const taken = spec.domains.find((domain) => this.byDomain.has(domain.toLowerCase()));
    if (taken) throw new ConflictError(`domain ${taken} belongs to another tenant`);
    const tenant = createTenant(spec, this.freeInitialDomain(spec.displayName ?? 'Contoso'), now);
    this.byId.set(tenant.tenantId, tenant);
    for (const domain of tenant.domains) this.byDomain.set(domain, tenant);
    return tenant;
  }

  /** Entra accepts a tenant's GUID or any of its verified domain names. */
  resolve(identifier: string): Tenant | undefined {
    const key = identifier.toLowerCase();
    return this.byId.get(key) ?? this.byDomain.get(key);
  }

  list(): Tenant[] {
    return [...this.byId.values()];
  }

  delete(identifier: string): boolean {
    const tenant = this.resolve(identifier);
    if (!tenant) return false;
    this.byId.delete(tenant.tenantId);
    for (const domain of tenant.domains) this.byDomain.delete(domain);
    return true;
  }

  addApp(tenant: Tenant, input: AppInput, now = new Date()): CreatedApp {
    const app = createAppRegistration(appInputSchema.parse(input), now);
    if (tenant.apps.has(app.clientId)) throw new ConflictError(`app ${app.clientId} exists in tenant ${tenant.tenantId}`);
    tenant.apps.set(app.clientId, app);
    return { app, secret: latestSecret(app) };
  }

  findApp(tenant: Tenant, clientId: string): AppRegistration | undefined {
    return tenant.apps.get(clientId.toLowerCase());
  }

  /** The home registration of a multi-tenant app, wherever it lives (for admin consent elsewhere). */
  findMultiTenantApp(clientId: string): { tenant: Tenant; app: AppRegistration } | undefined {
    for (const tenant of this.byId.values()) {
      const app = tenant.apps.get(clientId.toLowerCase());
      if (app && app.multiTenant && !app.homeTenantId) return { tenant, app };
    }
    return undefined;
  }

  private freeInitialDomain(displayName: string): string {
    const slug = initialDomainSlug(displayName);
    for (let n = 1; ; n++) {
      const domain = `${slug}${n === 1 ? '' : n}.onmicrosoft.com`;
      if (!this.byDomain.has(domain)) return domain;
    }
  }
}
