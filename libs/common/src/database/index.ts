export * from './ensure-database';
export * from './service-data-source';
export * from './migrate-service-database';
export * from './database.module';
