import 'reflect-metadata';
import { bootstrapService, loadConfig, runMain } from '@trueconfig/common';
import { scannerEnvSchema } from './config/scanner-env.schema';
import { scannerModule } from './scanner.module';

runMain(async () => {
  const config = loadConfig(scannerEnvSchema);
  await bootstrapService({
    service: 'scanner',
    module: scannerModule(config),
    natsUrl: config.NATS_URL,
    queue: 'scanner',
    httpHost: config.HTTP_HOST,
    httpPort: config.SCANNER_PORT,
  });
});
