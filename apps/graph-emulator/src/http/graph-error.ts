import { EmulatorRequest, EmulatorResponse } from './emulator-request';

export const GRAPH_CONTENT_TYPE = 'application/json';

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { code?: string; date: string; 'request-id': string; 'client-request-id': string };
  };
}

/** Graph dates its errors in UTC without zone or fraction, e.g. `2024-05-01T10:11:12`. */
export function graphErrorDate(at: Date): string {
  return at.toISOString().slice(0, 19);
}

export function graphErrorBody(request: EmulatorRequest, code: string, message: string, innerCode?: string): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        ...(innerCode ? { code: innerCode } : {}),
        date: graphErrorDate(request.receivedAt),
        'request-id': request.requestId,
        'client-request-id': request.clientRequestId ?? request.requestId,
      },
    },
  };
}

export function graphError(
  request: EmulatorRequest,
  status: number,
  code: string,
  message: string,
  options: { headers?: Record<string, string>; innerCode?: string } = {},
): EmulatorResponse {
  return {
    status,
    body: graphErrorBody(request, code, message, options.innerCode),
    headers: options.headers,
    contentType: GRAPH_CONTENT_TYPE,
  };
}

/** The messages Graph uses for each refusal; kept together so every endpoint answers alike. */
export const GRAPH_ERRORS = {
  insufficientPrivileges: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  missingScopes: {
    code: 'AccessDenied',
    message: 'You cannot perform the requested operation, required scopes are missing in the token.',
  },
  nonPremiumTenant: {
    code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    message: "Neither tenant is B2C or tenant doesn't have premium license",
  },
  emptyToken: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
  invalidToken: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' },
  invalidAudience: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure. Invalid audience.' },
  expiredToken: { code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' },
  expiredPageToken: {
    code: 'Directory_ExpiredPageToken',
    message: 'The specified page token value has expired and can no longer be included in your request.',
  },
  methodNotAllowed: { code: 'Request_BadRequest', message: 'Specified HTTP method is not allowed for the request target.' },
} as const;

export function resourceNotFound(request: EmulatorRequest): EmulatorResponse {
  const segment = request.path.split('/').filter(Boolean).slice(1).join('/') || request.path;
  return graphError(request, 404, 'Request_ResourceNotFound', `Resource not found for the segment '${segment}'.`);
}
