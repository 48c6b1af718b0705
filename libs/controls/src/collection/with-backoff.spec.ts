import { GraphError } from '@microsoft/microsoft-graph-client';
import { backoffDelay, DEFAULT_BACKOFF, isTransient, withBackoff } from './with-backoff';

const graphError = (status: number, message = 'x') => new GraphError(status, message);
const noToken = () => false;

describe('withBackoff', () => {
  it('retries 5xx, 429 and resets, never 403 or a token failure', () => {
    expect(isTransient(graphError(500), noToken)).toBe(true);
    expect(isTransient(graphError(503), noToken)).toBe(true);
    expect(isTransient(graphError(429), noToken)).toBe(true);
    expect(isTransient(graphError(-1, 'fetch failed: ECONNRESET'), noToken)).toBe(true);
    expect(isTransient(graphError(-1, 'fetch failed'), () => true)).toBe(false);
    expect(isTransient(graphError(403), noToken)).toBe(false);
    expect(isTransient(new Error('boom'), noToken)).toBe(false);
  });

  it('waits a random delay under an exponential cap (full jitter)', () => {
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => 0.999)).toBeLessThan(1000);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0.5)).toBe(4000);
    expect(backoffDelay(10, DEFAULT_BACKOFF, () => 0.999)).toBeLessThan(30_000);
  });

  it('counts each retry, then gives up with the last error', async () => {
    const hooks = { isTokenFailure: noToken, onRetry: jest.fn(), onGiveUp: jest.fn(), sleep: () => Promise.resolve() };
    const failing = jest.fn().mockRejectedValue(graphError(502));
    await expect(withBackoff(failing, { retries: 2, baseMs: 1, maxMs: 1 }, hooks)).rejects.toMatchObject({ statusCode: 502 });
    expect(failing).toHaveBeenCalledTimes(3);
    expect(hooks.onRetry).toHaveBeenCalledTimes(2);
    expect(hooks.onGiveUp).toHaveBeenCalledTimes(1);

    const flaky = jest.fn().mockRejectedValueOnce(graphError(504)).mockResolvedValue('page');
    await expect(withBackoff(flaky, DEFAULT_BACKOFF, hooks)).resolves.toBe('page');
  });

  it('does not retry what is not transient', async () => {
    const hooks = { isTokenFailure: noToken, onRetry: jest.fn(), onGiveUp: jest.fn() };
    const denied = jest.fn().mockRejectedValue(graphError(403));
    await expect(withBackoff(denied, DEFAULT_BACKOFF, hooks)).rejects.toMatchObject({ statusCode: 403 });
    expect(denied).toHaveBeenCalledTimes(1);
    expect(hooks.onGiveUp).not.toHaveBeenCalled();
  });
});
