import { ApolloServerPlugin } from '@apollo/server';
import { AppError, ErrorCode } from '@trueconfig/common';
import { GatewayContext } from '../graphql/gateway-context';
import { RequestLimits, withHttpStatus } from './request-limits';

/**
 * Applies the rate limit and the complexity limit once the operation is known (complexity needs the
 * variables: a page size usually is one). The depth limit is a validation rule and runs before.
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, request, schema }) {
          try {
            limits.admit(contextValue.auth);
            // No operation of that name: Apollo answers it itself (the complexity estimator would throw a TypeError).
            if (!operation) return;
            if (operation.operation === 'subscription') throw subscriptionOverHttp();
            limits.assertComplexity({ schema, document, variables: request.variables, operationName: request.operationName });
          } catch (error) {
            throw toHttpError(error);
          }
        },
      };
    },
  };
}

/** graphql-js would run a subscription's resolver without its event and fail as INTERNAL. */
function subscriptionOverHttp(): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over graphql-ws (the same path, WebSocket), not over HTTP.', {
    details: { field: 'query' },
  });
}

function toHttpError(error: unknown) {
  if (!(error instanceof AppError)) return error;
  if (error.code !== ErrorCode.RATE_LIMITED) return withHttpStatus(error, 400);
  return withHttpStatus(error, 429, { 'retry-after': String(error.details?.retryAfterSeconds ?? 1) });
}
