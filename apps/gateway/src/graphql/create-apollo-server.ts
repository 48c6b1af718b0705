import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLSchema } from 'graphql';
import { Disposable } from 'graphql-ws';
import { Server } from 'node:http';
import { formatGatewayError } from '../errors/format-gateway-error';
import { MAX_DOCUMENT_TOKENS } from '../limits/max-document-tokens';
import { maxDepthRule } from '../limits/query-depth.rule';
import { requestLimitsPlugin } from '../limits/request-limits.plugin';
import { RequestLimits } from '../limits/request-limits';
import { GatewayContext } from './gateway-context';
import { graphqlSpanPlugin } from './graphql-span.plugin';

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  /** The graphql-ws server: closed when Apollo drains. */
  sockets: Disposable;
  introspection: boolean;
  limits: RequestLimits;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<GatewayContext> {
  const closeSockets: ApolloServerPlugin<GatewayContext> = {
    async serverWillStart() {
      return {
        async drainServer() {
          await options.sockets.dispose();
        },
      };
    },
  };
  return new ApolloServer<GatewayContext>({
    schema: options.schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    validationRules: [maxDepthRule(options.limits.maxDepth)],
    // Nest owns shutdown (enableShutdownHooks → GraphqlServer.beforeApplicationShutdown): two SIGTERM
    // handlers would stop Apollo twice and hang.
    stopOnTerminationSignals: false,
    formatError: (_formatted, error) => formatGatewayError(error),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      closeSockets,
      requestLimitsPlugin(options.limits),
      graphqlSpanPlugin(),
      // No cache hints are used; Apollo's default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Without introspection, "did you mean …?" hints would still reveal the schema.
      ...(options.introspection ? [] : [ApolloServerPluginDisableSuggestions()]),
    ],
  });
}
