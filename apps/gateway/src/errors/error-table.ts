import { ErrorCode } from '@trueconfig/common';

/** How an AppError of one code is shown to GraphQL clients. */
export interface ErrorPresentation {
  /** False where the text may carry internals: clients get a generic message and an error id. */
  exposeMessage: boolean;
  /** The keys of AppError.details a client may see; everything else stays in the gateway. */
  detailKeys: readonly string[];
}

const SHOWN = (...detailKeys: string[]): ErrorPresentation => ({ exposeMessage: true, detailKeys });
/** A token could not be acquired: the failed connection test travels with the error. */
const CONNECTION_FAILURE = SHOWN('connectionTest', 'missingPermissions');

/**
 * The one table from the services' error codes to what clients see. `extensions.code` is always the
 * code itself (DESIGN.md's closed list), `extensions.remediation` carries the steps where a service
 * gave them, and `extensions.details` only the keys listed here.
 */
export const ERROR_TABLE: Readonly<Record<ErrorCode, ErrorPresentation>> = {
  [ErrorCode.UNAUTHENTICATED]: SHOWN(),
  [ErrorCode.FORBIDDEN]: SHOWN(),
  [ErrorCode.BAD_USER_INPUT]: SHOWN('field', 'fields', 'limit', 'maximum'),
  [ErrorCode.NOT_FOUND]: SHOWN('id'),
  [ErrorCode.INVALID_CREDENTIALS]: CONNECTION_FAILURE,
  [ErrorCode.SECRET_EXPIRED]: CONNECTION_FAILURE,
  [ErrorCode.APP_NOT_FOUND]: CONNECTION_FAILURE,
  [ErrorCode.SERVICE_PRINCIPAL_DISABLED]: CONNECTION_FAILURE,
  [ErrorCode.TENANT_NOT_FOUND]: CONNECTION_FAILURE,
  [ErrorCode.INSUFFICIENT_PERMISSIONS]: CONNECTION_FAILURE,
  [ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED]: CONNECTION_FAILURE,
  [ErrorCode.CONDITIONAL_ACCESS_BLOCKED]: CONNECTION_FAILURE,
  [ErrorCode.RATE_LIMITED]: SHOWN('retryAfterSeconds', 'connectionTest'),
  [ErrorCode.SCAN_IN_PROGRESS]: SHOWN('scanId'),
  [ErrorCode.SERVICE_UNAVAILABLE]: SHOWN(),
  // An Entra error TrueConfig does not know keeps its raw code and text in the connection test, which
  // is secret-free and built for clients; nothing else of an internal error is shown.
  [ErrorCode.INTERNAL]: { exposeMessage: false, detailKeys: ['connectionTest'] },
};

/**
 * Apollo's and graphql-js's own request errors (syntax, validation, variable coercion) are the
 * client's to fix, so they join the closed list as BAD_USER_INPUT with graphql's message.
 */
export const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
