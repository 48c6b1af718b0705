import { ApiKeyRole } from '../api-key/api-key-role.enum';

/** Who is calling: the API key, its organisation and its role. */
export interface Principal {
  keyId: string;
  orgId: string;
  role: ApiKeyRole;
}

export type Authentication = { principal: Principal } | { principal: null; failure: Error };
