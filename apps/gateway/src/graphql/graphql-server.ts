import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServer } from '@apollo/server';
import { BeforeApplicationShutdown, Inject, Injectable, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { IncomingMessage } from 'node:http';
import { GATEWAY_CONFIG, GatewayEnv, introspectionEnabled } from '../config/gateway-env.schema';
import { buildGatewaySchema } from './build-gateway-schema';
import { createApolloServer } from './create-apollo-server';
import { GatewayContext } from './gateway-context';
import { GatewayContextFactory } from './gateway-context.factory';
import { GATEWAY_PUB_SUB, GatewayPubSub } from './gateway-pub-sub';
import { bodyErrorHandler } from './body-error.handler';
import { GRAPHQL_PATH } from './graphql-path';
import { graphqlSpanMiddleware } from './graphql-span.middleware';
import { RequestLimits } from '../limits/request-limits';
import { serveGraphqlWs } from './serve-graphql-ws';

/** Mounts Apollo (HTTP) and graphql-ws on Nest's Express app; resolvers come from Nest's DI. */
@Injectable()
export class GraphqlServer implements BeforeApplicationShutdown {
  private apollo?: ApolloServer<GatewayContext>;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly contexts: GatewayContextFactory,
    @Inject(GATEWAY_PUB_SUB) private readonly pubSub: GatewayPubSub,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayEnv,
    private readonly limits: RequestLimits,
  ) {}

  /** Call before `app.listen()`: the middleware must come before Nest's own routes and 404 handler. */
  async mount(app: NestExpressApplication): Promise<void> {
    const container = { get: (type: Type<unknown>) => this.moduleRef.get(type, { strict: false }) };
    const schema = await buildGatewaySchema({ pubSub: this.pubSub, container });
    const httpServer = app.getHttpServer();
    const sockets = serveGraphqlWs(schema, httpServer, this.contexts, this.limits);
    this.apollo = createApolloServer({ schema, httpServer, sockets, introspection: introspectionEnabled(this.config), limits: this.limits });
    await this.apollo.start();
    app.useBodyParser('json', { limit: this.config.GRAPHQL_MAX_BODY });
    app.use(GRAPHQL_PATH, bodyErrorHandler);
    app.use(GRAPHQL_PATH, graphqlSpanMiddleware);
    app.use(
      GRAPHQL_PATH,
      expressMiddleware(this.apollo, {
        context: ({ req }: { req: IncomingMessage }) => this.contexts.forAuthorization(req.headers.authorization),
      }),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.apollo?.stop();
  }
}
