import { PageRequest } from '../shared/page';

export interface ListTenantsRequest extends PageRequest {
  orgId: string;
}
