import { ErrorCode } from '../errors/error-code.enum';
import { redactSecret } from './redact-secret';
import { Diagnosis } from './diagnosis';
import { EntraErrorText, parseEntraError } from './parse-entra-error';
import { remediationFor } from './remediation';
import { TOKEN_FAILURE_MESSAGES, TokenFailureCode, unknownTokenFailureMessage } from './token-failure.messages';

/** Entra's AADSTS codes the troubleshooting page has a section for. */
export const ENTRA_CODE_TO_ERROR: Readonly<Record<string, TokenFailureCode>> = {
  '7000215': ErrorCode.INVALID_CREDENTIALS,
  '7000222': ErrorCode.SECRET_EXPIRED,
  '700016': ErrorCode.APP_NOT_FOUND,
  '7000112': ErrorCode.SERVICE_PRINCIPAL_DISABLED,
  '90002': ErrorCode.TENANT_NOT_FOUND,
  '900023': ErrorCode.TENANT_NOT_FOUND,
  '53003': ErrorCode.CONDITIONAL_ACCESS_BLOCKED,
  '50076': ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED,
  '50079': ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED,
};

/** Failures that reach us without a known AADSTS code, recognised by what MSAL and the pipeline write. */
const MARKERS: ReadonlyArray<[RegExp, TokenFailureCode]> = [
  // An unknown tenant makes OIDC discovery answer 400; MSAL reports only that discovery failed
  // (an unreachable authority reads the same, hence `reachedServer`).
  [/endpoints_resolution_error/, ErrorCode.TENANT_NOT_FOUND],
  [/interaction_required|login_required/, ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED],
  [/\b429\b|too many requests|throttl/i, ErrorCode.RATE_LIMITED],
  [/temporarily_unavailable|network_error|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|aborted|timed? ?out/i, ErrorCode.SERVICE_UNAVAILABLE],
];

const TOO_MANY_REQUESTS = 429;

export interface TokenErrorContext {
  /** Scrubbed from any text passed on. */
  secret?: string;
  /** The HTTP status of the failed answer, when the pipeline saw one (the error text lacks it). */
  httpStatus?: number;
  /** False when no HTTP answer came back at all: Entra was unreachable, whatever MSAL then says. */
  reachedServer?: boolean;
}

/**
 * Turns a failed token request into a diagnosis. Classified by the AADSTS code in the message, not by
 * the error class (@azure/identity wraps most failures as AuthenticationRequiredError). An error
 * nobody recognises becomes INTERNAL but keeps Entra's own code and description, so the user still
 * sees what Entra said.
 */
export function classifyTokenError(error: unknown, context: TokenErrorContext = {}): Diagnosis {
  const parsed = parseEntraError(error);
  const known = context.reachedServer === false ? ErrorCode.SERVICE_UNAVAILABLE : classify(parsed, context.httpStatus);
  const errorCode = known ?? ErrorCode.INTERNAL;
  const message = known
    ? TOKEN_FAILURE_MESSAGES[known](parsed.entraErrorCode)
    : unknownTokenFailureMessage(parsed.entraErrorCode, redactSecret(parsed.description, context.secret));
  return { ok: false, errorCode, entraErrorCode: parsed.entraErrorCode, message, remediation: remediationFor(errorCode) };
}

/** The page's AADSTS codes first, then a 429 whatever its body says, then the text markers. */
function classify({ entraErrorCode, raw }: EntraErrorText, httpStatus: number | undefined): TokenFailureCode | null {
  const byCode = entraErrorCode ? ENTRA_CODE_TO_ERROR[entraErrorCode] : undefined;
  if (byCode) return byCode;
  if (httpStatus === TOO_MANY_REQUESTS) return ErrorCode.RATE_LIMITED;
  return MARKERS.find(([pattern]) => pattern.test(raw))?.[1] ?? null;
}
