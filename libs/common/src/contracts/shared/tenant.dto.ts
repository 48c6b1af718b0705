import { ErrorCode } from '../../errors/error-code.enum';

export enum TenantStatus {
  CONNECTED = 'CONNECTED',
  /** A token is acquired but something the scans need (a permission) is missing. */
  DEGRADED = 'DEGRADED',
  FAILED = 'FAILED',
  DISCONNECTED = 'DISCONNECTED',
}

export type LicenceTier = 'free' | 'p1' | 'p2';

export interface PermissionCheckDto {
  name: string;
  granted: boolean;
  purpose: string;
}

export interface ConnectionTestDto {
  id: string;
  tenantId: string | null;
  ok: boolean;
  testedAt: string;
  tokenAcquired: boolean;
  /** Entra's own numeric code (e.g. "7000215") when the token request failed. */
  entraErrorCode: string | null;
  errorCode: ErrorCode | null;
  message: string;
  remediation: string[];
  permissions: PermissionCheckDto[];
}

/** A tenant as every service may see it: never the secret, only a hint of it. */
export interface TenantDto {
  id: string;
  orgId: string;
  displayName: string;
  directoryTenantId: string;
  clientId: string;
  status: TenantStatus;
  secretHint: string;
  secretEnteredAt: string;
  secretExpiresAt: string | null;
  createdAt: string;
  lastConnectionTest: ConnectionTestDto | null;
}
