import { bucketLimit, GraphBucket } from './graph-limits';
import { RequestCost } from './request-cost';
import { Reservation } from './graph-budget.store';

/**
 * Graph refills its bucket from when a request arrives, we from when it leaves: jitter in the delay
 * between the two must never push a request past Graph's bucket. So the burst stays at 90 % of
 * Graph's capacity, and the refill at 95 % of its rate, which leaves every paced request slack and
 * lets Graph's bucket build a reserve while we drain ours. Conditional Access holds one request, so
 * no reserve can build there: each request gets 250 ms of slack instead (its 429 has no Retry-After
 * and costs the client's exponential backoff, and a scan makes one or two such requests).
 */
export const BURST_HEADROOM = 0.9;
export const RATE_HEADROOM = 0.95;
const CONDITIONAL_ACCESS_RATE_HEADROOM = 0.8;

export interface BudgetReserver {
  reserve(reservation: Reservation): Promise<number>;
}

/** Tenant size as far as the scanner knows it: identity budgets grow with it (3,500 / 5,000 / 8,000 RU). */
export interface TenantSize {
  users(tenantId: string): number;
}

/** One tenant's Graph budgets as seen by one scan: each request waits for its tokens before it is sent. */
export class TenantBudget {
  private waitedMs = 0;

  constructor(
    private readonly store: BudgetReserver,
    private readonly tenantId: string,
    private readonly scale: number,
    private readonly size: TenantSize,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Total time this scan's requests waited for budget. */
  get pacedMs(): number {
    return this.waitedMs;
  }

  async take(cost: RequestCost): Promise<void> {
    const wait = await this.store.reserve(this.reservation(cost.bucket, cost.units));
    if (wait <= 0) return;
    this.waitedMs += wait;
    await this.sleep(wait);
  }

  private reservation(bucket: GraphBucket, units: number): Reservation {
    const limit = bucketLimit(bucket, this.size.users(this.tenantId), this.scale);
    return { tenantId: this.tenantId, bucket, units, burst: limit.capacity * BURST_HEADROOM, perMs: (limit.capacity * (bucket === 'conditionalAccess' ? CONDITIONAL_ACCESS_RATE_HEADROOM : RATE_HEADROOM)) / limit.windowMs };
  }
}
