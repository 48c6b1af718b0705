import type { IncomingHttpHeaders } from 'node:http';

/** One request, read completely, as every handler sees it. */
export interface EmulatorRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  params: Record<string, string>;
  /** `https://host:port` exactly as the client addressed us, so links point back the same way. */
  baseUrl: string;
  requestId: string;
  clientRequestId: string | undefined;
  receivedAt: Date;
}

export interface EmulatorResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Graph's client parses JSON only for exactly `application/json`; Entra adds a charset. */
  contentType?: string;
  /** Drop the connection instead of answering (fault injection). */
  resetConnection?: boolean;
}

export type RouteHandler = (request: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

export type RouteArea = 'entra' | 'graph' | 'control';

export interface Route {
  method: string;
  /** Segments with `:name` placeholders, e.g. `/:tenant/oauth2/v2.0/token`. */
  pattern: string;
  area: RouteArea;
  handle: RouteHandler;
}

export function header(request: EmulatorRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
