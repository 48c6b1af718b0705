import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { appInputSchema, appPatchSchema } from '../tenants/app-input.schema';
import { appView, AppRegistration, patchAppRegistration } from '../tenants/app-registration';
import { Tenant } from '../tenants/tenant';
import { conflictToResponse, controlJson, notFound, parseJsonBody, Parsed } from './control-response';

export class AppsController {
  constructor(private readonly state: EmulatorState) {}

  create = (request: EmulatorRequest): EmulatorResponse => {
    const tenant = this.findTenant(request);
    if (!tenant.ok) return tenant.response;
    const parsed = parseJsonBody(appInputSchema, request);
    if (!parsed.ok) return parsed.response;
    return conflictToResponse(() => {
      const { app, secret } = this.state.tenants.addApp(tenant.value, parsed.value, request.receivedAt);
      const credentials = { clientSecret: secret.value, secretId: secret.secretId, secretExpiresAt: secret.endDateTime };
      return controlJson(201, { ...appView(app), tenantId: tenant.value.tenantId, ...credentials });
    });
  };

  get = (request: EmulatorRequest): EmulatorResponse => {
    const found = this.findApp(request);
    return found.ok ? controlJson(200, appView(found.value.app)) : found.response;
  };

  patch = (request: EmulatorRequest): EmulatorResponse => {
    const found = this.findApp(request);
    if (!found.ok) return found.response;
    const parsed = parseJsonBody(appPatchSchema, request);
    if (!parsed.ok) return parsed.response;
    const { app } = found.value;
    const rotated = patchAppRegistration(app, parsed.value, request.receivedAt);
    const secret = rotated ? { clientSecret: rotated.value, secretId: rotated.secretId } : {};
    return controlJson(200, { ...appView(app), ...secret });
  };

  delete = (request: EmulatorRequest): EmulatorResponse => {
    const found = this.findApp(request);
    if (!found.ok) return found.response;
    found.value.tenant.apps.delete(found.value.app.clientId);
    return controlJson(204);
  };

  private findTenant(request: EmulatorRequest): Parsed<Tenant> {
    const tenant = this.state.tenants.resolve(request.params.tenantId);
    return tenant ? { ok: true, value: tenant } : { ok: false, response: notFound(`tenant ${request.params.tenantId}`) };
  }

  private findApp(request: EmulatorRequest): Parsed<{ tenant: Tenant; app: AppRegistration }> {
    const tenant = this.findTenant(request);
    if (!tenant.ok) return tenant;
    const app = this.state.tenants.findApp(tenant.value, request.params.clientId);
    if (!app) return { ok: false, response: notFound(`app ${request.params.clientId} in tenant ${tenant.value.tenantId}`) };
    return { ok: true, value: { tenant: tenant.value, app } };
  }
}
