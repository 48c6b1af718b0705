import { GraphqlResponse } from '@trueconfig/launcher';

/** Seconds to wait before trying again when the gateway answered RATE_LIMITED (1 without a hint); undefined for any other answer. */
export function rateLimitHint(answer: GraphqlResponse<unknown>): number | undefined {
  const limited = answer.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
  const hint = limited?.extensions?.retryAfterSeconds;
  return limited ? (typeof hint === 'number' ? hint : 1) : undefined;
}
