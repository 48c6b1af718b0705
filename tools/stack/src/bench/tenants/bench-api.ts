import { graphqlRequest } from '@trueconfig/launcher';
import { rateLimitHint } from './rate-limit-hint';

export type BenchApi = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const RATE_LIMIT_TRIES = 10;

/**
 * The gateway as the bench's one API key sees it, at the product's own per-key rate limit: a
 * RATE_LIMITED answer is retried after its hint, any other error fails the call loudly (a bench that
 * took errors for "not finished yet" would wait for ever).
 */
export function benchApi(gatewayUrl: string, apiKey: string): BenchApi {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    for (let tries = 1; ; tries++) {
      const answer = await graphqlRequest<T>(gatewayUrl, query, variables, apiKey);
      if (answer.data && !answer.errors?.length) return answer.data;
      const retryAfterSeconds = rateLimitHint(answer);
      if (retryAfterSeconds === undefined || tries >= RATE_LIMIT_TRIES) throw new Error(`gateway answered ${answer.status}: ${JSON.stringify(answer.errors)}`);
      await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000));
    }
  };
}
