import { AppError } from '../errors/app-error';

/** A closed, low-cardinality label for how a request ended: `ok`, its ErrorCode, or `error`. */
export function outcomeOf(error?: unknown): string {
  if (error === undefined) return 'ok';
  if (error instanceof AppError) return error.code;
  if (AppError.isPayload(error)) return error.code;
  return 'error';
}
