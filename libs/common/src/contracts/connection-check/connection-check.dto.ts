import { ErrorCode } from '../../errors/error-code.enum';

export enum ConnectionCheckKind {
  TOKEN = 'TOKEN',
  PERMISSION = 'PERMISSION',
  ADMIN_CONSENT = 'ADMIN_CONSENT',
  GRAPH = 'GRAPH',
  LICENCE = 'LICENCE',
  SECRET_EXPIRY = 'SECRET_EXPIRY',
}

export enum ConnectionCheckStatus {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  /** Passed, with something the user should know (no Entra ID P1/P2, a secret close to expiry). */
  WARNING = 'WARNING',
  /** Could not be checked (no token, a permission the check needs is missing). */
  UNKNOWN = 'UNKNOWN',
  SKIPPED = 'SKIPPED',
}

/** One row of a connection test's structured diagnosis. Never carries a credential. */
export interface ConnectionCheckDto {
  kind: ConnectionCheckKind;
  /** What was checked: a permission name, a Graph path, … (null for single checks). */
  target: string | null;
  status: ConnectionCheckStatus;
  errorCode: ErrorCode | null;
  message: string;
  remediation: string[];
}
