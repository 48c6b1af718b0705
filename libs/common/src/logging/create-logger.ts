import pino, { Logger } from 'pino';
import { requestContextLogFields } from '../tracing/request-context';
import { REDACT_PATHS } from './redact-paths';

export type { Logger } from 'pino';

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // The correlation id and trace of the request being served, on every line logged while serving it.
    mixin: requestContextLogFields,
  });
}
