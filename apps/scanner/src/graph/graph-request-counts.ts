export interface GraphRequestCounts {
  total: number;
  throttled: number;
  retries: number;
  giveUps: number;
}

export const NO_REQUESTS: GraphRequestCounts = { total: 0, throttled: 0, retries: 0, giveUps: 0 };

/** One scan's counters; `takeDelta` hands over what is new since the last flush to the scan row. */
export class GraphRequestCounter {
  private readonly counts: GraphRequestCounts = { ...NO_REQUESTS };
  private flushed: GraphRequestCounts = { ...NO_REQUESTS };

  add(kind: keyof GraphRequestCounts): void {
    this.counts[kind]++;
  }

  get totals(): GraphRequestCounts {
    return { ...this.counts };
  }

  takeDelta(): GraphRequestCounts | null {
    const now = this.totals;
    const delta = {
      total: now.total - this.flushed.total,
      throttled: now.throttled - this.flushed.throttled,
      retries: now.retries - this.flushed.retries,
      giveUps: now.giveUps - this.flushed.giveUps,
    };
    this.flushed = now;
    return Object.values(delta).some((n) => n > 0) ? delta : null;
  }
}
