import { ErrorCode } from '../errors/error-code.enum';
import { PAGE } from './troubleshooting-page';

const { invalidCredentials: creds, insufficientPermissions: perms } = PAGE;

/** The troubleshooting page's steps for each diagnosis, one entry per error code that has a fix. */
export const REMEDIATION: Partial<Record<ErrorCode, readonly string[]>> = {
  [ErrorCode.INVALID_CREDENTIALS]: [...creds.verifyAppRegistration, ...creds.checkSecretExpiration, ...creds.updateCredentials],
  [ErrorCode.SECRET_EXPIRED]: [...creds.checkSecretExpiration, ...creds.updateCredentials, creds.secretSecurity],
  [ErrorCode.APP_NOT_FOUND]: [...creds.verifyAppRegistration, ...creds.updateCredentials],
  [ErrorCode.SERVICE_PRINCIPAL_DISABLED]: [...creds.verifyAppRegistration, ...creds.updateCredentials],
  [ErrorCode.TENANT_NOT_FOUND]: [PAGE.interactiveAuth.resolution[2], ...creds.updateCredentials],
  [ErrorCode.INSUFFICIENT_PERMISSIONS]: [...perms.resolution, perms.adminConsent],
  [ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED]: [...PAGE.interactiveAuth.resolution, PAGE.interactiveAuth.servicePrincipalAuth],
  [ErrorCode.CONDITIONAL_ACCESS_BLOCKED]: [...PAGE.conditionalAccess.resolution, PAGE.conditionalAccess.securityConsideration],
  [ErrorCode.RATE_LIMITED]: [...PAGE.rateLimit.resolution, PAGE.rateLimit.automaticRetry],
  [ErrorCode.SERVICE_UNAVAILABLE]: PAGE.stillNeedHelp,
  [ErrorCode.INTERNAL]: PAGE.stillNeedHelp,
};

/** Reports.Read.All has its own page section: without it ID-01 falls back to Conditional Access. */
export const MISSING_REPORTS_PERMISSION_REMEDIATION: readonly string[] = [
  ...PAGE.missingMfaData.newConnections,
  ...PAGE.missingMfaData.existingConnections,
  PAGE.missingMfaData.gracefulDegradation,
];

export function remediationFor(code: ErrorCode | null, missingPermissions: readonly string[] = []): string[] {
  if (code === null) return [];
  const steps = [...(REMEDIATION[code] ?? [])];
  if (code === ErrorCode.INSUFFICIENT_PERMISSIONS && missingPermissions.includes('Reports.Read.All')) {
    steps.push(...MISSING_REPORTS_PERMISSION_REMEDIATION);
  }
  return steps;
}
