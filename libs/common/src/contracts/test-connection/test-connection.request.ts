import { Caller } from '../shared/page';

export interface TestConnectionRequest extends Caller {
  tenantId: string;
}
