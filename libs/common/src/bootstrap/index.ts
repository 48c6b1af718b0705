export * from './bootstrap-service';
export * from './graceful-shutdown';
export * from './in-flight-work';
export * from './operations-root.module';
export * from './prepare-http-app';
export * from './draining-nats.server';
