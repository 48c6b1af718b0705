import { PageRequest } from '../shared/page';

/** A tenant's scans, newest first (started_at, id). */
export interface ListScansRequest extends PageRequest {
  orgId: string;
  tenantId: string;
}
