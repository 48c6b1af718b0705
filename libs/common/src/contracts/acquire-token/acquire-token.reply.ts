export interface AcquireTokenReply {
  accessToken: string;
  expiresOnTimestamp: number;
  directoryTenantId: string;
  grantedPermissions: string[];
}
