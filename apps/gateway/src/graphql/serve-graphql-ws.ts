import { ErrorCode } from '@trueconfig/common';
import { GraphQLError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { Authentication } from '../auth/principal';
import { formatGatewayError } from '../errors/format-gateway-error';
import { authorizationParam } from './authorization-param';
import { GatewayContextFactory } from './gateway-context.factory';
import { GRAPHQL_PATH } from './graphql-path';
import { MAX_DOCUMENT_TOKENS } from '../limits/max-document-tokens';
import { maxDepthRule } from '../limits/query-depth.rule';
import { RequestLimits } from '../limits/request-limits';

type SocketState = { auth: Authentication };

/**
 * graphql-ws on the gateway's own HTTP server. The API key comes once, in `connectionParams`; an
 * operation without a valid one fails with UNAUTHENTICATED. Errors are formatted as over HTTP.
 */
export function serveGraphqlWs(schema: GraphQLSchema, httpServer: Server, contexts: GatewayContextFactory, limits: RequestLimits): Disposable {
  const rules = [...specifiedRules, maxDepthRule(limits.maxDepth)];
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });
  return useServer<Record<string, unknown>, SocketState>(
    {
      schema,
      onConnect: async (ctx) => {
        ctx.extra.auth = await authenticate(contexts, ctx.connectionParams);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // Checked again per operation, so a key revoked while its socket stays open starts nothing new.
        const auth = ctx.extra.auth?.principal ? await authenticate(contexts, ctx.connectionParams) : ctx.extra.auth;
        if (!auth?.principal) return [new GraphQLError('UNAUTHENTICATED', { originalError: auth?.failure })];
        let document;
        try {
          document = parse(payload.query, { maxTokens: MAX_DOCUMENT_TOKENS });
        } catch (error) {
          // A non-GraphQL error here is the parser's stack running out: its text names internals.
          return [error instanceof GraphQLError ? error : new GraphQLError('The query is nested too deeply to be read.')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        const variableValues = payload.variables ?? undefined;
        try {
          limits.admit(auth);
          limits.assertComplexity({ schema, document, variables: variableValues, operationName: payload.operationName });
        } catch (error) {
          return [new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined })];
        }
        return { schema, document, operationName: payload.operationName, variableValues, contextValue: contexts.create(auth) };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatGatewayError(error)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatGatewayError(error, ErrorCode.BAD_USER_INPUT)),
    },
    wsServer,
  );
}

/** A failed look-up (database down) must not close the socket with its text: operations get INTERNAL. */
function authenticate(contexts: GatewayContextFactory, params: Readonly<Record<string, unknown>> | undefined): Promise<Authentication> {
  return contexts.authenticate(authorizationParam(params)).catch((error: Error): Authentication => ({ principal: null, failure: error }));
}
