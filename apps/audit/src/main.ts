import 'reflect-metadata';
import { bootstrapService, loadConfig, runMain } from '@trueconfig/common';
import { auditModule } from './audit.module';
import { auditEnvSchema } from './config/audit-env.schema';

runMain(async () => {
  const config = loadConfig(auditEnvSchema);
  await bootstrapService({
    service: 'audit',
    module: auditModule(config),
    natsUrl: config.NATS_URL,
    queue: 'audit',
    httpHost: config.HTTP_HOST,
    httpPort: config.AUDIT_PORT,
  });
});
