import { Caller } from '@trueconfig/common';
import { Principal } from '../auth/principal';

/** Changes carry the organisation and, as the audit actor, the API key that made them. */
export function callerOf(principal: Principal): Caller {
  return { orgId: principal.orgId, actor: principal.keyId };
}
