import { Caller } from '../shared/page';

export interface TenantCredentialsInput {
  displayName: string;
  directoryTenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface ConnectTenantRequest extends Caller {
  input: TenantCredentialsInput;
}
