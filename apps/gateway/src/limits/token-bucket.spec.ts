import { TokenBuckets } from './token-bucket';

describe('TokenBuckets', () => {
  let now = 0;
  const buckets = () => new TokenBuckets({ capacity: 3, refillPerSecond: 0.5 }, () => now);

  beforeEach(() => (now = 1_000_000));

  it('allows a burst of the capacity, then asks to wait until a token is back', () => {
    const limiter = buckets();
    expect([1, 2, 3].map(() => limiter.take('k').allowed)).toEqual([true, true, true]);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    now += 2000;
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
  });

  it('keeps one bucket per key', () => {
    const limiter = buckets();
    for (let i = 0; i < 3; i++) limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('never fills beyond the capacity and forgets the least recently used keys past maxKeys', () => {
    const limiter = new TokenBuckets({ capacity: 2, refillPerSecond: 1, maxKeys: 2 }, () => now);
    now += 3_600_000;
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, false]);
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a').allowed).toBe(true);
  });
});
