import { GraphError } from '@microsoft/microsoft-graph-client';

export interface BackoffPolicy {
  /** Tries after the first, on top of the Graph client's own three for 429/503/504. */
  retries: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { retries: 3, baseMs: 1000, maxMs: 30_000 };

const RESET_HINTS = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'socket hang up', 'fetch failed', 'other side closed', 'UND_ERR'];

/**
 * Worth another try: Graph's 5xx and a 429 the client gave up on, or a connection reset (the client
 * reports those as status -1, as it does a failed token request; `isTokenFailure` tells them apart).
 */
export function isTransient(error: unknown, isTokenFailure: () => boolean): boolean {
  if (!(error instanceof GraphError)) return false;
  if (error.statusCode >= 500 || error.statusCode === 429) return true;
  if (error.statusCode !== -1 || isTokenFailure()) return false;
  const text = `${error.code ?? ''} ${error.message}`;
  return RESET_HINTS.some((hint) => text.includes(hint));
}

/** "Full jitter": a random delay up to the exponential cap, so retrying scans do not march in step. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** attempt));
}

export interface BackoffHooks {
  isTokenFailure: () => boolean;
  onRetry: (attempt: number, delayMs: number, error: unknown) => void;
  onGiveUp: (error: unknown) => void;
  sleep?: (ms: number) => Promise<void>;
}

export async function withBackoff<T>(run: () => Promise<T>, policy: BackoffPolicy, hooks: BackoffHooks): Promise<T> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isTransient(error, hooks.isTokenFailure)) throw error;
      if (attempt >= policy.retries) {
        hooks.onGiveUp(error);
        throw error;
      }
      const delay = backoffDelay(attempt, policy);
      hooks.onRetry(attempt + 1, delay, error);
      await sleep(delay);
    }
  }
}
