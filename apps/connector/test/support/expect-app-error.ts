import { AppError } from '@trueconfig/common';

/** Awaits a request that must fail, and returns its AppError for assertions. */
export async function expectAppError(pending: Promise<unknown>): Promise<AppError> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the request to fail with an AppError');
}
