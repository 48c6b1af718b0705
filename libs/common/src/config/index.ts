export * from './config.error';
export * from './load-config';
export * from './base-env.schema';
export * from './nats-security-env';
export * from './tracing-env';
