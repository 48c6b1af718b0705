import { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { markSpanFailed } from '@trueconfig/common';
import { GatewayContext } from './gateway-context';

/**
 * Names the request's span (graphqlSpanMiddleware) after its operation, `query tenants`, with the
 * operation's type and name, and marks it failed with the first error's code when the answer carries
 * errors. With tracing off there is no recording span and it does nothing.
 */
export function graphqlSpanPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
          span.setAttribute('graphql.operation.type', operation.operation);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.length) markSpanFailed(span, String(errors[0].extensions?.code ?? 'INTERNAL'));
        },
      };
    },
  };
}
