export interface TokenBucketOptions {
  /** Tokens a full bucket holds: the burst allowed after a quiet spell. */
  capacity: number;
  refillPerSecond: number;
  /** Buckets kept at most; the least recently used are forgotten first (a forgotten bucket is full). */
  maxKeys?: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Per-key token buckets held in this process's memory. Each gateway replica limits on its own, so
 * with N replicas behind a balancer a key gets up to N times the configured rate: acceptable for
 * abuse resistance, and needs no shared store.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: TokenBucketOptions,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): TakeResult {
    const bucket = this.refilled(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.refillPerSecond)) };
  }

  private refilled(key: string): Bucket {
    const now = this.now();
    const known = this.buckets.get(key);
    const bucket = known ?? { tokens: this.options.capacity, updatedAt: now };
    bucket.tokens = Math.min(this.options.capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.options.refillPerSecond);
    bucket.updatedAt = now;
    // Re-inserting keeps the map in least-recently-used order.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > (this.options.maxKeys ?? 100_000)) this.buckets.delete(this.buckets.keys().next().value as string);
    return bucket;
  }
}
