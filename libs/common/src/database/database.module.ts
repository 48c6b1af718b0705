import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ensureDatabase } from './ensure-database';
import { migrateServiceDatabase } from './migrate-service-database';
import { createServiceDataSource, ServiceDatabaseOptions } from './service-data-source';

/** Provides the service's DataSource, created, migrated and connected before anything uses it. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forService(options: ServiceDatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = await openServiceDatabase(options);
            return dataSource;
          },
        },
      ],
      exports: [DataSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Creates the database if needed, connects, and applies pending migrations. */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  await ensureDatabase(options.url);
  const dataSource = createServiceDataSource(options);
  await dataSource.initialize();
  const applied = await migrateServiceDatabase(dataSource, options.schema);
  if (applied.length > 0) new Logger('Database').log(`schema ${options.schema}: applied ${applied.join(', ')}`);
  return dataSource;
}
