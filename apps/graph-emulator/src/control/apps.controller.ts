import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { appInputSchema, appPatchSchema } from '../tenants/app-input.schema';
import { appView, AppRegistration, patchAppRegistration } from '../tenants/app-registration';
import { Tenant } from '../tenants/tenant';
import { conflictToResponse, controlJson, notFound, parseJsonBody } from './control-response';

type Found = { tenant: Tenant; app?: AppRegistration } | { response: EmulatorResponse };

export class AppsController {
  constructor(private readonly state: EmulatorState) {}

  create = (request: EmulatorRequest): EmulatorResponse => {
    const found = this.find(request, false);
    if ('response' in found) return found.response;
    const parsed = parseJsonBody(appInputSchema, request);
    if (!parsed.ok) return parsed.response;
    return conflictToResponse(() => {
      const { app, secret } = this.state.tenants.addApp(found.tenant, parsed.value, request.receivedAt);
      const body = { ...appView(app), tenantId: found.tenant.tenantId, clientSecret: secret.value, secretId: secret.secretId };
      return controlJson(201, { ...body, secretExpiresAt: secret.endDateTime });
    });
  };

  get = (request: EmulatorRequest): EmulatorResponse => {
    const found = this.find(request, true);
    return 'response' in found ? found.response : controlJson(200, appView(found.app as AppRegistration));
  };

  patch = (request: EmulatorRequest): EmulatorResponse => {
    const found = this.find(request, true);
    if ('response' in found) return found.response;
    const parsed = parseJsonBody(appPatchSchema, request);
    if (!parsed.ok) return parsed.response;
    const app = found.app as AppRegistration;
    const rotated = patchAppRegistration(app, parsed.value, request.receivedAt);
    const secret = rotated ? { clientSecret: rotated.value, secretId: rotated.secretId } : {};
    return controlJson(200, { ...appView(app), ...secret });
  };

  delete = (request: EmulatorRequest): EmulatorResponse => {
    const found = this.find(request, true);
    if ('response' in found) return found.response;
    found.tenant.apps.delete((found.app as AppRegistration).clientId);
    return controlJson(204);
  };

  private find(request: EmulatorRequest, needApp: boolean): Found {
    const tenant = this.state.tenants.resolve(request.params.tenantId);
    if (!tenant) return { response: notFound(`tenant ${request.params.tenantId}`) };
    if (!needApp) return { tenant };
    const app = this.state.tenants.findApp(tenant, request.params.clientId);
    return app ? { tenant, app } : { response: notFound(`app ${request.params.clientId} in tenant ${tenant.tenantId}`) };
  }
}
