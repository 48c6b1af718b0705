export type BucketOutcome = { allowed: true; usedRatio: number } | { allowed: false; retryAfterMs: number; usedRatio: number };

/**
 * A token bucket that refills continuously: `capacity` units per `windowMs`. Time is passed in by
 * the caller (the request's receive time), so tests drive it with a fixed clock.
 */
export class TokenBucket {
  private tokens: number;
  private lastMs: number;

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
    nowMs: number,
  ) {
    this.tokens = capacity;
    this.lastMs = nowMs;
  }

  take(cost: number, nowMs: number): BucketOutcome {
    this.refill(nowMs);
    if (this.tokens + 1e-9 < cost) {
      const missing = cost - this.tokens;
      return { allowed: false, retryAfterMs: (missing * this.windowMs) / this.capacity, usedRatio: this.usedRatio() };
    }
    this.tokens -= cost;
    return { allowed: true, usedRatio: this.usedRatio() };
  }

  /** Gives back units taken for a request that another budget then refused. */
  refund(cost: number): void {
    this.tokens = Math.min(this.capacity, this.tokens + cost);
  }

  private usedRatio(): number {
    return (this.capacity - this.tokens) / this.capacity;
  }

  private refill(nowMs: number): void {
    const elapsed = Math.max(0, nowMs - this.lastMs);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.capacity) / this.windowMs);
    this.lastMs = Math.max(this.lastMs, nowMs);
  }
}
