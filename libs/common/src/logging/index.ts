export * from './create-logger';
export * from './pino-nest.logger';
export * from './redact-paths';
