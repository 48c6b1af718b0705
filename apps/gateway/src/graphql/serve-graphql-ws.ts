import { ErrorCode } from '@trueconfig/common';
import { GraphQLError, GraphQLSchema, parse, validate } from 'graphql';
import { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { Authentication } from '../auth/principal';
import { formatGatewayError } from '../errors/format-gateway-error';
import { authorizationParam } from './authorization-param';
import { GatewayContextFactory } from './gateway-context.factory';
import { GRAPHQL_PATH } from './graphql-path';

type SocketState = { auth: Authentication };

/**
 * graphql-ws on the gateway's own HTTP server. The API key comes once, in `connectionParams`; an
 * operation without a valid one fails with UNAUTHENTICATED. Errors are formatted as over HTTP.
 */
export function serveGraphqlWs(schema: GraphQLSchema, httpServer: Server, contexts: GatewayContextFactory): Disposable {
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });
  return useServer<Record<string, unknown>, SocketState>(
    {
      schema,
      onConnect: async (ctx) => {
        // A failed look-up (database down) must not close the socket with its text: operations get INTERNAL.
        ctx.extra.auth = await contexts
          .authenticate(authorizationParam(ctx.connectionParams))
          .catch((error: Error): Authentication => ({ principal: null, failure: error }));
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const auth = ctx.extra.auth;
        if (!auth?.principal) return [new GraphQLError('UNAUTHENTICATED', { originalError: auth?.failure })];
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const variableValues = payload.variables ?? undefined;
        return { schema, document, operationName: payload.operationName, variableValues, contextValue: contexts.create(auth) };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatGatewayError(error)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatGatewayError(error, ErrorCode.BAD_USER_INPUT)),
    },
    wsServer,
  );
}
