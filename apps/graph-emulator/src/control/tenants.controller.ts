import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { tenantView } from '../tenants/tenant';
import { tenantInputSchema } from '../tenants/tenant-input.schema';
import { conflictToResponse, controlJson, notFound, parseJsonBody } from './control-response';

export class TenantsController {
  constructor(private readonly state: EmulatorState) {}

  create = (request: EmulatorRequest): EmulatorResponse => {
    const parsed = parseJsonBody(tenantInputSchema, request);
    if (!parsed.ok) return parsed.response;
    return conflictToResponse(() => controlJson(201, tenantView(this.state.tenants.create(parsed.value))));
  };

  list = (): EmulatorResponse => controlJson(200, { value: this.state.tenants.list().map(tenantView) });

  get = (request: EmulatorRequest): EmulatorResponse => {
    const tenant = this.state.tenants.resolve(request.params.tenantId);
    return tenant ? controlJson(200, tenantView(tenant)) : notFound(`tenant ${request.params.tenantId}`);
  };

  delete = (request: EmulatorRequest): EmulatorResponse =>
    this.state.tenants.delete(request.params.tenantId) ? controlJson(204) : notFound(`tenant ${request.params.tenantId}`);
}
