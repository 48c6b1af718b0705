import { createServiceDataSource } from '@trueconfig/common';
import { DataSource } from 'typeorm';
import { scannerDatabaseOptions } from '../../src/database/scanner-database.options';

/** Direct reads of the scanner schema, for what the NATS API does not show (attempts, row counts). */
export async function openScannerDatabase(url: string): Promise<DataSource> {
  const dataSource = createServiceDataSource(scannerDatabaseOptions(url, 2));
  await dataSource.initialize();
  return dataSource;
}
