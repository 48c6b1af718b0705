import { z } from 'zod';
import { recordAudit } from '../directory/recorded-audits';
import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { auditActorSchema } from './audit-actor';
import { auditEntry, modifiedProperties } from './audit-entry';
import { controlJson, notFound, parseJsonBody } from './control-response';

const policyPatchSchema = z
  .object({
    state: z.enum(['enabled', 'disabled', 'enabledForReportingButNotEnforced']).optional(),
    displayName: z.string().min(1).max(256).optional(),
    actor: auditActorSchema.optional(),
  })
  .strict();

/** A tenant's Conditional Access policies, listed and changed as an administrator would in the portal. */
export class ConditionalAccessController {
  constructor(private readonly state: EmulatorState) {}

  list = (request: EmulatorRequest): EmulatorResponse => {
    const tenant = this.state.tenants.resolve(request.params.tenantId);
    return tenant ? controlJson(200, { value: tenant.conditionalAccessPolicies }) : notFound(`tenant ${request.params.tenantId}`);
  };

  /** Changes a policy's state or name and records "Update conditional access policy" in the directory audits. */
  patch = (request: EmulatorRequest): EmulatorResponse => {
    const tenant = this.state.tenants.resolve(request.params.tenantId);
    if (!tenant) return notFound(`tenant ${request.params.tenantId}`);
    const policy = tenant.conditionalAccessPolicies.find((p) => p.id === request.params.policyId);
    if (!policy) return notFound(`conditional access policy ${request.params.policyId}`);
    const parsed = parseJsonBody(policyPatchSchema, request);
    if (!parsed.ok) return parsed.response;
    const { actor, ...change } = parsed.value;
    const before = { state: policy.state, displayName: policy.displayName };
    Object.assign(policy, change, { modifiedDateTime: new Date().toISOString() });
    const modified = modifiedProperties(before, { state: policy.state, displayName: policy.displayName });
    if (modified.length > 0) {
      const target = { id: policy.id ?? request.params.policyId, displayName: policy.displayName ?? '', type: 'Policy' };
      recordAudit(tenant, auditEntry(tenant, actor, { category: 'Policy', activity: 'Update conditional access policy', target, modifiedProperties: modified }));
    }
    return controlJson(200, policy);
  };
}
