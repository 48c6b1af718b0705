import { INestApplication } from '@nestjs/common';
import { Logger } from 'pino';
import { NatsHandlerInterceptor } from '../metrics/nats-handler.interceptor';
import { correlationMiddleware } from '../tracing/correlation.middleware';
import { GracefulShutdownOptions, installGracefulShutdown } from './graceful-shutdown';

/**
 * What every service's app needs before `listen`: a correlation id per HTTP request, NATS handler
 * metrics and context, and graceful shutdown (used by bootstrapService, and by the gateway directly).
 */
export function prepareServiceApp(app: INestApplication, logger: Logger, shutdown: Omit<GracefulShutdownOptions, 'logger'> = {}): void {
  app.use(correlationMiddleware);
  app.useGlobalInterceptors(new NatsHandlerInterceptor());
  installGracefulShutdown(app, { ...shutdown, logger });
}
