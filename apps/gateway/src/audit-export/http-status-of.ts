import { ErrorCode } from '@trueconfig/common';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** The HTTP status of a plain-HTTP endpoint's error (GraphQL keeps 200 and says it in `extensions.code`). */
export function httpStatusOf(code: unknown): number {
  return STATUS[code as ErrorCode] ?? 500;
}
