import { TimeoutError } from 'rxjs';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code.enum';

// 'Connection lost' is what Nest's ClientNats throws (a bare string) for a request sent while NATS is down.
const UNAVAILABLE_HINTS = ['There are no subscribers', 'Empty response', 'CONNECTION_REFUSED', 'CONNECTION_CLOSED', 'DISCONNECT', 'Connection lost'];

/** Maps whatever a NATS request failed with to an AppError the caller can act on. */
export function toRequestError(error: unknown, subject: string, timeoutMs: number): AppError {
  if (error instanceof AppError) return error;
  if (AppError.isPayload(error)) return AppError.fromPayload(error);
  const service = subject.split('.')[0];
  if (error instanceof TimeoutError) {
    return unavailable(`The ${service} service did not answer within ${timeoutMs} ms.`, subject);
  }
  const text = describe(error);
  if (UNAVAILABLE_HINTS.some((hint) => text.includes(hint))) {
    return unavailable(`The ${service} service is not available.`, subject);
  }
  return new AppError(ErrorCode.INTERNAL, 'An internal error occurred.', { details: { subject } });
}

function unavailable(message: string, subject: string): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, message, { details: { subject } });
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name} ${error.message} ${(error as { code?: string }).code ?? ''}`;
  if (typeof error === 'object' && error !== null) return JSON.stringify(error);
  return String(error);
}
