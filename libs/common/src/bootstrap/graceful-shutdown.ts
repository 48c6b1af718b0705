import { INestApplication } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'pino';
import { baseEnvSchema } from '../config/base-env.schema';
import { loadConfig } from '../config/load-config';
import { stopTracing } from '../tracing/start-tracing';
import { inFlightWork } from './in-flight-work';

export interface GracefulShutdownOptions {
  logger: Logger;
  graceMs?: number;
  readinessDelayMs?: number;
  /** Called right after readiness turns false: stop taking new work (e.g. drop NATS subscriptions). */
  stopTakingWork?: () => Promise<void> | void;
}

const lifecycleEnvSchema = baseEnvSchema.pick({ SHUTDOWN_GRACE_MS: true, SHUTDOWN_READINESS_DELAY_MS: true });

/**
 * On SIGTERM or SIGINT: `/readyz` answers 503 at once, new work stops after SHUTDOWN_READINESS_DELAY_MS,
 * then Nest closes the app (feature hooks stop their consumers, in-flight NATS handlers finish, NATS
 * drains, pools close), buffered spans are exported, and the process exits 0. Past SHUTDOWN_GRACE_MS
 * it exits 1 regardless.
 * Call before `listen`, so the readiness guard runs ahead of every route.
 */
export function installGracefulShutdown(app: INestApplication, options: GracefulShutdownOptions): void {
  const settings = loadConfig(lifecycleEnvSchema);
  const graceMs = options.graceMs ?? settings.SHUTDOWN_GRACE_MS;
  const readinessDelayMs = options.readinessDelayMs ?? settings.SHUTDOWN_READINESS_DELAY_MS;
  let shuttingDown = false;
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!shuttingDown || !req.url?.startsWith('/readyz')) return next();
    res.statusCode = 503;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'shutting down' }));
  });
  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const { logger } = options;
    logger.info({ signal, graceMs, inFlight: inFlightWork.size }, 'shutting down: readiness is false');
    setTimeout(() => {
      logger.error({ graceMs, inFlight: inFlightWork.size }, 'shutdown did not finish within the grace period; exiting');
      process.exit(1);
    }, graceMs).unref();
    await delay(readinessDelayMs);
    await options.stopTakingWork?.();
    await app.close();
    await stopTracing();
    logger.info('shutdown complete');
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void shutdown(s));
}

/** What is left of the grace period for draining in-flight work, keeping a little for closing pools. */
export function drainBudgetMs(): number {
  const settings = loadConfig(lifecycleEnvSchema);
  return Math.max(0, settings.SHUTDOWN_GRACE_MS - settings.SHUTDOWN_READINESS_DELAY_MS - 2000);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
