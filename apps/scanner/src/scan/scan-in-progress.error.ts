import { AppError, ErrorCode } from '@trueconfig/common';

export function scanInProgress(scanId: string): AppError {
  return new AppError(ErrorCode.SCAN_IN_PROGRESS, 'A scan of this tenant is already running: wait for it to finish.', {
    details: { scanId },
  });
}
