import { GraphError } from '@microsoft/microsoft-graph-client';
import { interruptibleSleep } from './interruptible-sleep';
import { isThrottled, retryAfterMs } from './retry-after';

export interface BackoffPolicy {
  /** Tries after the first for 5xx and resets, on top of the Graph client's own three for 503/504. */
  retries: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { retries: 3, baseMs: 1000, maxMs: 30_000 };

/** How long throttling is waited out when the caller gives no deadline. */
export const DEFAULT_THROTTLE_DEADLINE_MS = 2 * 60 * 60 * 1000;

const RESET_HINTS = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'socket hang up', 'fetch failed', 'other side closed', 'UND_ERR'];

/**
 * Worth another try: Graph's 5xx and 429, or a connection reset (the client reports those as status -1,
 * as it does a failed token request; `isTokenFailure` tells them apart).
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

export interface ThrottleWait {
  /** Consecutive throttled answers to this request so far. */
  attempt: number;
  delayMs: number;
  /** The wait Graph asked for, or null when its 429 named none (then the delay is our backoff's). */
  retryAfterMs: number | null;
  error: GraphError;
}

export interface BackoffHooks {
  isTokenFailure: () => boolean;
  onRetry: (attempt: number, delayMs: number, error: unknown) => void;
  onGiveUp: (error: unknown) => void;
  /** Each wait a 429 causes, before it starts. */
  onThrottle?: (wait: ThrottleWait) => void;
  /** Epoch ms past which a throttled request is given up instead of waited for; default two hours from the call. */
  deadline?: number;
  /** Called about every second while waiting; throws (a cancelled scan) to stop the wait. */
  checkpoint?: () => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The default policy with no one to tell: for reads outside a scan (exports, post-scan delta rounds). */
export function withDefaultBackoff<T>(run: () => Promise<T>): Promise<T> {
  return withBackoff(run, DEFAULT_BACKOFF, { isTokenFailure: () => false, onRetry: () => undefined, onGiveUp: () => undefined });
}

/**
 * Runs a Graph request until it succeeds. Throttling is not failure: a 429 is waited out as its
 * `Retry-After` asks (our jittered backoff when it names no wait), as often as it comes, until the wait
 * would end past the deadline. 5xx and resets get `policy.retries` more tries with jittered exponential
 * backoff. Anything else, and the last error once given up, is thrown.
 */
export async function withBackoff<T>(run: () => Promise<T>, policy: BackoffPolicy, hooks: BackoffHooks): Promise<T> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = hooks.now ?? Date.now;
  const deadline = hooks.deadline ?? now() + DEFAULT_THROTTLE_DEADLINE_MS;
  let failures = 0;
  let throttles = 0;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      let delay: number;
      if (isThrottled(error)) {
        const asked = retryAfterMs(error, now());
        delay = asked ?? backoffDelay(throttles, policy);
        throttles++;
        if (now() + delay > deadline) return giveUp(error, hooks);
        hooks.onThrottle?.({ attempt: throttles, delayMs: delay, retryAfterMs: asked, error });
      } else {
        if (!isTransient(error, hooks.isTokenFailure)) throw error;
        if (failures >= policy.retries) return giveUp(error, hooks);
        delay = backoffDelay(failures++, policy);
        hooks.onRetry(failures, delay, error);
      }
      await interruptibleSleep(delay, sleep, hooks.checkpoint);
    }
  }
}

function giveUp(error: unknown, hooks: BackoffHooks): never {
  hooks.onGiveUp(error);
  throw error;
}
