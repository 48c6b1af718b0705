import { ErrorCode } from '@trueconfig/common';
import { IncomingMessage, ServerResponse } from 'node:http';

interface HttpLikeError {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  message?: unknown;
}

/**
 * A body the JSON parser refused (too large: 413; not JSON: 400) answers like every other GraphQL
 * error, with a code, instead of Nest's `{statusCode, message}`.
 */
export function bodyErrorHandler(error: HttpLikeError, _req: IncomingMessage, res: ServerResponse, next: (error: unknown) => void): void {
  const status = Number(error?.status ?? error?.statusCode);
  if (!(status >= 400 && status < 500)) {
    next(error);
    return;
  }
  const message = status === 413 ? 'The request body is larger than this API accepts.' : 'The request body is not valid JSON.';
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] }));
}
