import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '@trueconfig/common';
import { GraphQLError } from 'graphql';
import { Authentication } from '../auth/principal';
import { GATEWAY_CONFIG, GatewayEnv } from '../config/gateway-env.schema';
import { rateLimited } from './limit-exceeded.error';
import { assertComplexityWithin, ComplexityInput } from './query-complexity';
import { TokenBuckets } from './token-bucket';

/** The per-key rate limit and the complexity limit, shared by HTTP, graphql-ws and the export endpoint. */
@Injectable()
export class RequestLimits {
  private readonly buckets: TokenBuckets;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayEnv) {
    this.buckets = new TokenBuckets({ capacity: config.RATE_LIMIT_BURST, refillPerSecond: config.RATE_LIMIT_PER_MINUTE / 60 });
  }

  get maxDepth(): number {
    return this.config.GRAPHQL_MAX_DEPTH;
  }

  /** Spends one of the key's tokens; throws RATE_LIMITED with a retry hint when none is left. */
  admit(auth: Authentication): void {
    if (!auth.principal) return;
    const taken = this.buckets.take(auth.principal.keyId);
    if (!taken.allowed) throw rateLimited(taken.retryAfterSeconds);
  }

  assertComplexity(input: ComplexityInput): void {
    assertComplexityWithin(input, this.config.GRAPHQL_MAX_COMPLEXITY);
  }
}

/** Apollo answers an error thrown by a plugin with the HTTP status and headers it carries. */
export function withHttpStatus(error: AppError, status: number, headers: Record<string, string> = {}): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status, headers: new Map(Object.entries(headers)) } } });
}
