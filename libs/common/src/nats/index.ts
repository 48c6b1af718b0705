export * from './nats.tokens';
export * from './nats-requester';
export * from './to-request-error';
export * from './messaging.module';
export * from './nats-connection-options';
