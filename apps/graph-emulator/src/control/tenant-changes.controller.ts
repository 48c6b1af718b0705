import { z } from 'zod';
import { recordAudit } from '../directory/recorded-audits';
import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { Tenant, tenantView } from '../tenants/tenant';
import { licenceSchema } from '../tenants/tenant-input.schema';
import { tenantSettingsSchema } from '../tenants/tenant-settings.schema';
import { auditActorSchema } from './audit-actor';
import { controlJson, notFound, parseJsonBody } from './control-response';
import { settingsAudits } from './settings-audit';

const userChangesSchema = z.object({ update: z.number().int().min(0).default(0), delete: z.number().int().min(0).default(0) }).strict();

/**
 * Settings are merged section by section, so `{authorizationPolicy: {allowInvitesFrom: "none"}}` changes one value.
 * Each changed directory object gets a directory audit entry naming `actor` (default: the tenant's admin).
 */
const tenantPatchSchema = z.object({ licence: licenceSchema.optional(), settings: z.record(z.string(), z.unknown()).optional(), actor: auditActorSchema.optional() }).strict();

function mergeSettings(tenant: Tenant, patch: Record<string, unknown>): ReturnType<typeof tenantSettingsSchema.safeParse> {
  const merged: Record<string, unknown> = { ...tenant.settings };
  for (const [key, value] of Object.entries(patch)) {
    const current = merged[key];
    const bothObjects = typeof current === 'object' && current !== null && typeof value === 'object' && value !== null && !Array.isArray(value);
    merged[key] = bothObjects ? { ...current, ...value } : value;
  }
  return tenantSettingsSchema.safeParse(merged);
}

/** Changes to a tenant after creation: settings and licence, and user updates and deletions for delta queries. */
export class TenantChangesController {
  constructor(private readonly state: EmulatorState) {}

  patch = (request: EmulatorRequest): EmulatorResponse => {
    const tenant = this.state.tenants.resolve(request.params.tenantId);
    if (!tenant) return notFound(`tenant ${request.params.tenantId}`);
    const parsed = parseJsonBody(tenantPatchSchema, request);
    if (!parsed.ok) return parsed.response;
    if (parsed.value.settings) {
      const settings = mergeSettings(tenant, parsed.value.settings);
      if (!settings.success) return controlJson(400, { error: { code: 'BadRequest', message: z.prettifyError(settings.error) } });
      const before = tenant.settings;
      tenant.settings = settings.data;
      for (const entry of settingsAudits(tenant, before, tenant.settings, parsed.value.actor)) recordAudit(tenant, entry);
    }
    if (parsed.value.licence) tenant.licence = parsed.value.licence;
    return controlJson(200, tenantView(tenant));
  };

  userChanges = (request: EmulatorRequest): EmulatorResponse => {
    const tenant = this.state.tenants.resolve(request.params.tenantId);
    if (!tenant) return notFound(`tenant ${request.params.tenantId}`);
    const parsed = parseJsonBody(userChangesSchema, request);
    if (!parsed.ok) return parsed.response;
    const applied = tenant.population.changes.apply(parsed.value.update, parsed.value.delete);
    const idOf = (index: number) => tenant.population.user(index).id;
    return controlJson(200, { version: applied.version, updated: applied.updated.map(idOf), deleted: applied.deleted.map(idOf) });
  };
}
