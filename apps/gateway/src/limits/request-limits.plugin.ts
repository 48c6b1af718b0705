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
        async didResolveOperation({ contextValue, document, request, schema }) {
          try {
            limits.admit(contextValue.auth);
            limits.assertComplexity({ schema, document, variables: request.variables, operationName: request.operationName });
          } catch (error) {
            throw toHttpError(error);
          }
        },
      };
    },
  };
}

function toHttpError(error: unknown) {
  if (!(error instanceof AppError)) return error;
  if (error.code !== ErrorCode.RATE_LIMITED) return withHttpStatus(error, 400);
  return withHttpStatus(error, 429, { 'retry-after': String(error.details?.retryAfterSeconds ?? 1) });
}
