import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EmulatorRequest, EmulatorResponse } from './emulator-request';

const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function singleHeader(message: IncomingMessage, name: string): string | undefined {
  const value = message.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Links must use the host the client used (localhost or 127.0.0.1), or MSAL rejects the issuer. */
function baseUrlOf(message: IncomingMessage, fallbackHost: string): string {
  const host = singleHeader(message, 'host');
  return `https://${host && /^[\w.:[\]-]+$/.test(host) ? host : fallbackHost}`;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

export async function toEmulatorRequest(message: IncomingMessage, fallbackHost: string): Promise<EmulatorRequest> {
  const url = new URL(message.url ?? '/', 'https://emulator.invalid');
  return {
    method: (message.method ?? 'GET').toUpperCase(),
    path: decodePath(url.pathname),
    query: url.searchParams,
    headers: message.headers,
    body: await readBody(message),
    params: {},
    baseUrl: baseUrlOf(message, fallbackHost),
    requestId: randomUUID(),
    clientRequestId: singleHeader(message, 'client-request-id'),
    receivedAt: new Date(),
  };
}

export function writeResponse(res: ServerResponse, request: EmulatorRequest, response: EmulatorResponse): void {
  if (response.resetConnection) {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = {
    'request-id': request.requestId,
    'client-request-id': request.clientRequestId ?? request.requestId,
    ...response.headers,
  };
  const hasBody = response.body !== undefined && response.status !== 204;
  if (hasBody) headers['content-type'] = response.contentType ?? 'application/json';
  res.writeHead(response.status, headers);
  res.end(hasBody ? JSON.stringify(response.body) : undefined);
}
