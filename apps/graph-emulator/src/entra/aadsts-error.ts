import { randomUUID } from 'node:crypto';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { AADSTS_CATALOG, AadstsCode, AadstsEntry, AadstsParams } from './aadsts-catalog';

export const ENTRA_CONTENT_TYPE = 'application/json; charset=utf-8';

export interface AadstsFailure {
  code: AadstsCode;
  params: AadstsParams;
  /** Extra top-level fields, e.g. the `claims` challenge naming a blocking policy. */
  extra?: Record<string, string>;
}

export interface AadstsErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
  suberror?: string;
  [extra: string]: unknown;
}

/** Entra's own timestamp format: `2024-05-01 10:11:12Z`. */
export function entraTimestamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export function aadstsErrorBody(failure: AadstsFailure, at: Date, correlationId: string, traceId: string = randomUUID()): AadstsErrorBody {
  const entry: AadstsEntry = AADSTS_CATALOG[failure.code];
  const timestamp = entraTimestamp(at);
  const trailer = `\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`;
  return {
    error: entry.error,
    error_description: `AADSTS${failure.code}: ${entry.describe(failure.params)}${trailer}`,
    error_codes: [failure.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${failure.code}`,
    ...(entry.suberror ? { suberror: entry.suberror } : {}),
    ...failure.extra,
  };
}

export function aadstsResponse(request: EmulatorRequest, failure: AadstsFailure): EmulatorResponse {
  // Entra echoes the caller's client-request-id as the correlation id.
  const correlationId = request.query.get('client-request-id') ?? request.clientRequestId ?? randomUUID();
  return {
    status: AADSTS_CATALOG[failure.code].status,
    body: aadstsErrorBody(failure, request.receivedAt, correlationId),
    contentType: ENTRA_CONTENT_TYPE,
    headers: { 'cache-control': 'no-store, no-cache', 'x-ms-request-id': request.requestId },
  };
}
