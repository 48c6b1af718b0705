import { GraphError } from '@microsoft/microsoft-graph-client';
import { interruptibleSleep } from './interruptible-sleep';
import { parseRetryAfter, retryAfterMs } from './retry-after';
import { BackoffHooks, DEFAULT_BACKOFF, ThrottleWait, withBackoff } from './with-backoff';

function graphError(status: number, retryAfter?: string): GraphError {
  const error = new GraphError(status, 'x');
  if (retryAfter !== undefined) error.headers = new Headers({ 'Retry-After': retryAfter });
  return error;
}

/** A fake clock the sleeps advance, so hours of throttling take no time. */
function clockedHooks(overrides: Partial<BackoffHooks> = {}) {
  let now = 1_000_000;
  const slept: number[] = [];
  const hooks = {
    isTokenFailure: () => false,
    onRetry: jest.fn(),
    onGiveUp: jest.fn(),
    onThrottle: jest.fn(),
    now: () => now,
    sleep: async (ms: number) => void (slept.push(ms), (now += ms)),
    ...overrides,
  };
  return { hooks, slept, elapsed: () => now - 1_000_000 };
}

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates, never negative, null when absent or unreadable', () => {
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:29:00 GMT'))).toBe(0);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
    expect(retryAfterMs(graphError(429, '3'))).toBe(3000);
    expect(retryAfterMs(graphError(429))).toBeNull();
    expect(retryAfterMs(new Error('x'))).toBeNull();
  });
});

describe('withBackoff under throttling', () => {
  it('waits out a 429 as long as Retry-After asks, however many times it comes, without using up the 5xx retries', async () => {
    const { hooks, slept } = clockedHooks();
    const storm = jest.fn();
    for (let i = 0; i < 600; i++) storm.mockRejectedValueOnce(graphError(429, '1'));
    storm.mockRejectedValueOnce(graphError(503)).mockResolvedValue('page');
    await expect(withBackoff(storm, { retries: 1, baseMs: 1, maxMs: 1 }, hooks)).resolves.toBe('page');
    expect(storm).toHaveBeenCalledTimes(602);
    expect(hooks.onThrottle).toHaveBeenCalledTimes(600);
    expect(hooks.onThrottle).toHaveBeenLastCalledWith(expect.objectContaining({ attempt: 600, delayMs: 1000, retryAfterMs: 1000 }));
    expect(hooks.onRetry).toHaveBeenCalledTimes(1);
    expect(hooks.onGiveUp).not.toHaveBeenCalled();
    expect(slept.filter((ms) => ms === 1000)).toHaveLength(600);
  });

  it('gives up the throttled request once waiting would end past the deadline', async () => {
    const { hooks, elapsed } = clockedHooks();
    const deadline = hooks.now() + 10_000;
    const throttled = jest.fn().mockRejectedValue(graphError(429, '3'));
    await expect(withBackoff(throttled, DEFAULT_BACKOFF, { ...hooks, deadline })).rejects.toMatchObject({ statusCode: 429 });
    // Waits at 0, 3 and 6 s end in time; the one asked at 9 s would end at 12 s.
    expect(hooks.onThrottle).toHaveBeenCalledTimes(3);
    expect(hooks.onGiveUp).toHaveBeenCalledTimes(1);
    expect(elapsed()).toBe(9000);
  });

  it('backs off with jitter under the cap when a 429 names no wait (Conditional Access)', async () => {
    const onThrottle = jest.fn<void, [ThrottleWait]>();
    const { hooks } = clockedHooks({ onThrottle });
    const throttled = jest.fn().mockRejectedValueOnce(graphError(429)).mockRejectedValueOnce(graphError(429)).mockResolvedValue('policies');
    await expect(withBackoff(throttled, { retries: 0, baseMs: 100, maxMs: 150 }, hooks)).resolves.toBe('policies');
    const delays = onThrottle.mock.calls.map(([wait]) => wait);
    expect(delays.map((wait) => wait.retryAfterMs)).toEqual([null, null]);
    expect(delays.every((wait) => wait.delayMs >= 0 && wait.delayMs < 150)).toBe(true);
  });

  it('keeps 5xx and resets to the bounded retries', async () => {
    const { hooks } = clockedHooks();
    const failing = jest.fn().mockRejectedValue(graphError(504));
    await expect(withBackoff(failing, { retries: 2, baseMs: 10, maxMs: 100 }, hooks)).rejects.toMatchObject({ statusCode: 504 });
    expect(failing).toHaveBeenCalledTimes(3);
    expect(hooks.onThrottle).not.toHaveBeenCalled();
    expect(hooks.onGiveUp).toHaveBeenCalledTimes(1);
  });

  it('stops a long throttle wait at the first checkpoint after a cancellation', async () => {
    let cancelled = false;
    const { hooks, elapsed } = clockedHooks();
    const sleep = async (ms: number) => {
      await hooks.sleep(ms);
      if (elapsed() >= 5000) cancelled = true;
    };
    const checkpoint = async () => {
      if (cancelled) throw new Error('cancelled');
    };
    const throttled = jest.fn().mockRejectedValue(graphError(429, '3600'));
    await expect(withBackoff(throttled, DEFAULT_BACKOFF, { ...hooks, sleep, checkpoint })).rejects.toThrow('cancelled');
    expect(throttled).toHaveBeenCalledTimes(1);
    expect(elapsed()).toBe(5000);
  });
});

describe('interruptibleSleep', () => {
  it('sleeps in slices of at most a second, checking in between', async () => {
    const slept: number[] = [];
    const checkpoint = jest.fn().mockResolvedValue(undefined);
    await interruptibleSleep(2500, async (ms) => void slept.push(ms), checkpoint);
    expect(slept).toEqual([1000, 1000, 500]);
    expect(checkpoint).toHaveBeenCalledTimes(4);
    await interruptibleSleep(2500, async (ms) => void slept.push(ms));
    expect(slept.at(-1)).toBe(2500);
  });
});
