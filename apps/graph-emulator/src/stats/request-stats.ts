export interface RequestCount {
  method: string;
  path: string;
  status: number;
  count: number;
}

export interface StatsSnapshot {
  since: string;
  totalRequests: number;
  throttled: number;
  resourceUnits: number;
  requests: RequestCount[];
}

/** Counters that tests and benchmarks read to assert how many calls a client made. */
export class RequestStats {
  private counts = new Map<string, RequestCount>();
  private throttled = 0;
  private resourceUnits = 0;
  private since = new Date();

  record(method: string, path: string, status: number): void {
    const key = `${method} ${path} ${status}`;
    const entry = this.counts.get(key) ?? { method, path, status, count: 0 };
    entry.count++;
    this.counts.set(key, entry);
    if (status === 429) this.throttled++;
  }

  addResourceUnits(units: number): void {
    this.resourceUnits += units;
  }

  snapshot(): StatsSnapshot {
    const requests = [...this.counts.values()]
      .map((entry) => ({ ...entry }))
      .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method) || a.status - b.status);
    return {
      since: this.since.toISOString(),
      totalRequests: requests.reduce((sum, entry) => sum + entry.count, 0),
      throttled: this.throttled,
      resourceUnits: this.resourceUnits,
      requests,
    };
  }

  reset(): void {
    this.counts = new Map();
    this.throttled = 0;
    this.resourceUnits = 0;
    this.since = new Date();
  }
}
