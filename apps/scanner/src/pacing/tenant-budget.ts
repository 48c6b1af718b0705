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
/**
 * Units drawn from the shared bucket at once, as a share of its burst: the requests that follow spend the
 * lease without a database round trip each (a paged listing's next page waits for nothing but Graph). What
 * a scan leaves of its last lease is at most this share of one window.
 */
export const LEASE_SHARE = 0.01;

/** The longest a 429's Retry-After holds the shared budget: the Graph client's own cap on a retry delay. */
export const MAX_HOLD_MS = 180_000;

export interface BudgetReserver {
  reserve(reservation: Reservation): Promise<number>;
  hold(reservation: Reservation, ms: number): Promise<void>;
}

/** Tenant size as far as the scanner knows it: identity budgets grow with it (3,500 / 5,000 / 8,000 RU). */
export interface TenantSize {
  users(tenantId: string): number;
}

/** One tenant's Graph budgets as seen by one scan: each request waits for its tokens before it is sent. */
export class TenantBudget {
  private waitedMs = 0;
  private readonly leased = new Map<GraphBucket, number>();

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
    const held = this.leased.get(cost.bucket) ?? 0;
    if (held >= cost.units) {
      this.leased.set(cost.bucket, held - cost.units);
      return;
    }
    const reservation = this.reservation(cost.bucket, cost.units);
    reservation.units = Math.max(cost.units, Math.floor(reservation.burst * LEASE_SHARE));
    // Credited before the await, so requests taken meanwhile spend this lease instead of reserving their own.
    this.leased.set(cost.bucket, held + reservation.units - cost.units);
    const wait = await this.store.reserve(reservation);
    if (wait <= 0) return;
    this.waitedMs += wait;
    await this.sleep(wait);
  }

  /**
   * Graph said wait `ms`: this scan's lease is dropped and the shared bucket emptied for that long, at
   * most MAX_HOLD_MS. A pacing wait cannot be cancelled (the scan's own wait for Retry-After can), so a
   * longer Retry-After is left to the reads it answered rather than to every later request of the tenant.
   */
  async hold(cost: RequestCost, ms: number): Promise<void> {
    this.leased.set(cost.bucket, 0);
    await this.store.hold(this.reservation(cost.bucket, 0), Math.min(ms, MAX_HOLD_MS));
  }

  private reservation(bucket: GraphBucket, units: number): Reservation {
    const limit = bucketLimit(bucket, this.size.users(this.tenantId), this.scale);
    return { tenantId: this.tenantId, bucket, units, burst: limit.capacity * BURST_HEADROOM, perMs: (limit.capacity * (bucket === 'conditionalAccess' ? CONDITIONAL_ACCESS_RATE_HEADROOM : RATE_HEADROOM)) / limit.windowMs };
  }
}
