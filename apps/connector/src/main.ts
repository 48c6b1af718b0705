import 'reflect-metadata';
import { bootstrapService, loadConfig, runMain } from '@trueconfig/common';
import { connectorEnvSchema } from './config/connector-env.schema';
import { connectorModule } from './connector.module';

runMain(async () => {
  const config = loadConfig(connectorEnvSchema);
  await bootstrapService({
    service: 'connector',
    module: connectorModule(config),
    natsUrl: config.NATS_URL,
    queue: 'connector',
    httpHost: config.HTTP_HOST,
    httpPort: config.CONNECTOR_PORT,
  });
});
