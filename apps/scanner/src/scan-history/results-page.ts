import { ControlResultDto, GetScanResultsReply, SCAN_RESULTS_REPLY_BUDGET, ScanResultsPosition } from '@trueconfig/common';

/**
 * One GetScanResults reply: results are added in order from `from` until the next one would take the
 * reply past the byte budget (at least one is always sent, so the caller always moves on).
 */
export class ResultsPage {
  private readonly results: ControlResultDto[][];
  private used = 0;
  private next: ScanResultsPosition | null = null;

  constructor(
    scanCount: number,
    private readonly from: ScanResultsPosition,
    private readonly budget = SCAN_RESULTS_REPLY_BUDGET,
  ) {
    this.results = Array.from({ length: scanCount }, () => []);
  }

  /** Adds a scan's results (all of them, catalog order); false once the page is full. */
  add(scan: number, list: readonly ControlResultDto[]): boolean {
    for (let result = scan === this.from.scan ? this.from.result : 0; result < list.length; result++) {
      const size = Buffer.byteLength(JSON.stringify(list[result]));
      if (this.used > 0 && this.used + size > this.budget) {
        this.next = { scan, result };
        return false;
      }
      this.results[scan].push(list[result]);
      this.used += size;
    }
    return true;
  }

  reply(): GetScanResultsReply {
    return { results: this.results, next: this.next };
  }
}
