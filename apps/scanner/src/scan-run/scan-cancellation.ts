import { ScanCancelStore } from '../scan/scan-cancel.store';

/** Thrown between pages once an operator has cancelled the scan. */
export class ScanCancelledError extends Error {
  constructor(readonly scanId: string) {
    super(`scan ${scanId} was cancelled`);
    this.name = 'ScanCancelledError';
  }
}

const CHECK_EVERY_MS = 500;

/** Looks at the scan row at most twice a second, so checking between every page stays cheap. */
export class ScanCancellation {
  private lastCheck = 0;
  private cancelled = false;

  constructor(
    private readonly scanId: string,
    private readonly store: Pick<ScanCancelStore, 'isRequested'>,
    private readonly now: () => number = Date.now,
  ) {}

  async throwIfRequested(): Promise<void> {
    if (!this.cancelled && this.now() - this.lastCheck >= CHECK_EVERY_MS) {
      this.lastCheck = this.now();
      this.cancelled = await this.store.isRequested(this.scanId);
    }
    if (this.cancelled) throw new ScanCancelledError(this.scanId);
  }
}
