import { ErrorCode } from '../errors/error-code.enum';
import { PAGE } from './troubleshooting-page';

/** The diagnoses a failed token request can get (besides INTERNAL for an unknown one). */
export type TokenFailureCode =
  | ErrorCode.INVALID_CREDENTIALS
  | ErrorCode.SECRET_EXPIRED
  | ErrorCode.APP_NOT_FOUND
  | ErrorCode.SERVICE_PRINCIPAL_DISABLED
  | ErrorCode.TENANT_NOT_FOUND
  | ErrorCode.CONDITIONAL_ACCESS_BLOCKED
  | ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED
  | ErrorCode.RATE_LIMITED
  | ErrorCode.SERVICE_UNAVAILABLE;

const MAX_DESCRIPTION = 600;
const aadsts = (code: string | null, fallback: string) => `AADSTS${code ?? fallback}`;

/** One user-facing sentence per diagnosis: what Entra said and what it means. */
export const TOKEN_FAILURE_MESSAGES: Record<TokenFailureCode, (entraCode: string | null) => string> = {
  [ErrorCode.INVALID_CREDENTIALS]: (code) =>
    `Invalid credentials: Entra ID rejected the client secret (${aadsts(code, '7000215')}). Enter the secret's value (not its ID) from a current secret of this app registration.`,
  [ErrorCode.SECRET_EXPIRED]: (code) =>
    `Invalid credentials: the client secret has expired (${aadsts(code, '7000222')}). Create a new client secret in Certificates & secrets and reconnect.`,
  [ErrorCode.APP_NOT_FOUND]: (code) =>
    `Authentication failed: no application with this Application (client) ID exists in the directory (${aadsts(code, '700016')}). Check the Application (client) ID and the Directory (tenant) ID, and that the app registration was not deleted.`,
  [ErrorCode.SERVICE_PRINCIPAL_DISABLED]: (code) =>
    `Authentication failed: the app registration's service principal is disabled (${aadsts(code, '7000112')}). Enable it (Overview → Enabled: "Yes") and test the connection again.`,
  [ErrorCode.TENANT_NOT_FOUND]: (code) =>
    `Authentication failed: the directory was not found${code ? ` (AADSTS${code})` : ''}. Check the Directory (tenant) ID: a GUID or a verified domain such as contoso.onmicrosoft.com.`,
  [ErrorCode.CONDITIONAL_ACCESS_BLOCKED]: (code) =>
    `${PAGE.conditionalAccess.problem} (${aadsts(code, '53003')}): a Conditional Access policy is blocking the service principal from accessing Microsoft Graph.`,
  [ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED]: (code) =>
    `Entra ID asked for interactive sign-in or MFA${code ? ` (AADSTS${code})` : ''}. ${PAGE.interactiveAuth.diagnosis}`,
  [ErrorCode.RATE_LIMITED]: () =>
    'Rate limit exceeded: Entra ID throttled the token request (HTTP 429). Wait 5-10 minutes and retry - rate limits reset automatically.',
  [ErrorCode.SERVICE_UNAVAILABLE]: () =>
    'Entra ID could not be reached or did not answer in time. Try the connection test again in a few minutes.',
};

/** An error TrueConfig has no section for keeps Entra's own code and words. */
export function unknownTokenFailureMessage(entraCode: string | null, description: string): string {
  const text = description.replace(new RegExp(`^AADSTS${entraCode ?? ''}:\\s*`), '').slice(0, MAX_DESCRIPTION);
  return entraCode ? `Entra ID refused the token request (AADSTS${entraCode}): ${text}` : `The token request failed: ${text}`;
}
