import { AppError, ErrorCode } from '@trueconfig/common';

/** JetStream did not store the job: nothing was created, the caller may try again. */
export function submitFailed(cause: unknown): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The scan queue is not available; no scan was started. Try again shortly.', {
    details: { cause: cause instanceof Error ? cause.name : 'unknown' },
  });
}
