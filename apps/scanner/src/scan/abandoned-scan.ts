import { AppErrorPayload, ErrorCode } from '@trueconfig/common';

/** No progress write for this long means the scanner running it stopped (issue 5's redelivery replaces this). */
export const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export function isAbandoned(updatedAt: Date, now = new Date()): boolean {
  return now.getTime() - updatedAt.getTime() > ABANDONED_AFTER_MS;
}

export const ABANDONED_ERROR: AppErrorPayload = {
  code: ErrorCode.INTERNAL,
  message: 'The scan was abandoned: the scanner running it stopped before it finished. Start a new scan.',
};
