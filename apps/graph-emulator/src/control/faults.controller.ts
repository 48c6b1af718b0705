import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { faultInputSchema } from '../faults/fault-input.schema';
import { controlJson, notFound, parseJsonBody } from './control-response';

export class FaultsController {
  constructor(private readonly state: EmulatorState) {}

  create = (request: EmulatorRequest): EmulatorResponse => {
    const parsed = parseJsonBody(faultInputSchema, request);
    if (!parsed.ok) return parsed.response;
    // Faults match on the tenant's GUID, so a domain name given here is resolved once, now.
    const tenantId = parsed.value.tenantId && (this.state.tenants.resolve(parsed.value.tenantId)?.tenantId ?? parsed.value.tenantId);
    const fault = this.state.faults.add({ ...parsed.value, tenantId });
    return controlJson(201, fault);
  };

  list = (): EmulatorResponse => controlJson(200, { value: this.state.faults.list() });

  delete = (request: EmulatorRequest): EmulatorResponse =>
    this.state.faults.delete(request.params.faultId) ? controlJson(204) : notFound(`fault ${request.params.faultId}`);

  clear = (): EmulatorResponse => {
    this.state.faults.clear();
    return controlJson(204);
  };
}
