export * from './correlation-id';
export * from './correlation.middleware';
export * from './nats-trace-headers';
export * from './request-context';
export * from './traceparent';
