import { AppError, ErrorCode } from '@trueconfig/common';

export type QueryLimit = 'depth' | 'complexity';

/** A document beyond a configured limit: the client's to simplify, so BAD_USER_INPUT naming the limit. */
export function queryLimitExceeded(limit: QueryLimit, actual: number, maximum: number): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `The query's ${limit} is ${actual}; this API allows at most ${maximum}. Ask for fewer fields, a smaller page or less nesting.`, {
    details: { field: 'query', limit, maximum },
  });
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError(ErrorCode.RATE_LIMITED, `Too many requests with this API key: retry after ${retryAfterSeconds} s.`, {
    details: { retryAfterSeconds },
  });
}
