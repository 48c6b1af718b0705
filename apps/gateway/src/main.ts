import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, loadConfig, PinoNestLogger, prepareServiceApp, runMain, startTracing, withOperations } from '@trueconfig/common';
import { gatewayEnvSchema } from './config/gateway-env.schema';
import { gatewayModule } from './gateway.module';
import { GRAPHQL_PATH } from './graphql/graphql-path';
import { GraphqlServer } from './graphql/graphql-server';

/**
 * An HTTP-only Nest app (no NATS server: the gateway calls services, it answers no subjects):
 * GraphQL over HTTP and graphql-ws on GATEWAY_PORT, plus /healthz and /readyz.
 */
runMain(async () => {
  const config = loadConfig(gatewayEnvSchema);
  await startTracing('gateway');
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(withOperations(gatewayModule(config), 'gateway'), { logger: new PinoNestLogger(logger) });
  prepareServiceApp(app, logger);
  await app.get(GraphqlServer).mount(app);
  await app.listen(config.GATEWAY_PORT, config.HTTP_HOST);
  logger.info({ port: config.GATEWAY_PORT }, `gateway ready: http://${config.HTTP_HOST}:${config.GATEWAY_PORT}${GRAPHQL_PATH}`);
});
