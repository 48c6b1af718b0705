import { ErrorCode } from '../../errors/error-code.enum';
import { ConnectionCheckDto } from '../connection-check/connection-check.dto';

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
  /** Issue 4's structured diagnosis; optional so older producers stay valid (null: not checked). */
  adminConsent?: boolean | null;
  graphReachable?: boolean | null;
  licenceTier?: LicenceTier | null;
  secretExpiresAt?: string | null;
  checks?: ConnectionCheckDto[];
}

export enum ConnectionMode {
  /** The customer's own app registration and its client secret. */
  CLIENT_SECRET = 'CLIENT_SECRET',
  /** TrueConfig's multi-tenant app, admin-consented into the customer's directory. */
  ADMIN_CONSENT = 'ADMIN_CONSENT',
}

/** The 90-day rotation advice as data: one entry per threshold reached. */
export interface SecretWarningDto {
  /** e.g. EXPIRES_IN_30_DAYS, EXPIRES_IN_14_DAYS, EXPIRES_IN_7_DAYS, EXPIRED, OLDER_THAN_90_DAYS. */
  code: string;
  message: string;
}

export interface TokenFailureDto {
  at: string;
  errorCode: ErrorCode;
  entraErrorCode: string | null;
  message: string;
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
  connectionMode?: ConnectionMode;
  secretAgeDays?: number | null;
  secretWarnings?: SecretWarningDto[];
  lastTokenFailure?: TokenFailureDto | null;
}
