import { aadstsResponse } from '../entra/aadsts-error';
import { EmulatorRequest, EmulatorResponse, RouteArea } from '../http/emulator-request';
import { graphError, GRAPH_ERRORS } from '../http/graph-error';
import { Fault } from './fault-store';

const GRAPH_FAULTS: Readonly<Record<number, { code: string; message: string }>> = {
  429: { code: 'TooManyRequests', message: 'Please retry again later.' },
  500: { code: 'generalException', message: 'General exception while processing.' },
  502: { code: 'BadGateway', message: 'Bad Gateway.' },
  503: { code: 'serviceNotAvailable', message: 'Service unavailable. Please try again later.' },
  504: { code: 'GatewayTimeout', message: 'The request timed out.' },
};

function retryAfter(fault: Fault, status: number): Record<string, string> {
  const seconds = fault.retryAfterSeconds ?? (status === 429 ? 1 : undefined);
  return seconds === undefined ? {} : { 'retry-after': String(seconds) };
}

/** The answer a fault forces, shaped like the service it stands in for; undefined for latency only. */
export function faultResponse(fault: Fault, request: EmulatorRequest, area: RouteArea): EmulatorResponse | undefined {
  if (fault.reset) return { status: 0, resetConnection: true };
  if (fault.expirePageToken) return graphError(request, 400, GRAPH_ERRORS.expiredPageToken.code, GRAPH_ERRORS.expiredPageToken.message);
  if (fault.refuseCount) return graphError(request, 400, 'Request_UnsupportedQuery', "Query option '$count' is not supported for this resource.");
  const status = fault.status;
  if (status === undefined) return undefined;
  const headers = retryAfter(fault, status);
  if (area === 'entra') {
    const answer = aadstsResponse(request, { code: 90033, params: {} });
    return { ...answer, status, headers: { ...answer.headers, ...headers } };
  }
  const known = GRAPH_FAULTS[status] ?? { code: 'UnknownError', message: `Injected fault: HTTP ${status}.` };
  return graphError(request, status, known.code, known.message, { headers, innerCode: status === 429 ? '429' : undefined });
}
