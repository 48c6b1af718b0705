import { ServiceDatabaseOptions } from '@trueconfig/common';
import { ControlResultEntity } from '../scan/control-result.entity';
import { ScanEntity } from '../scan/scan.entity';
import { CreateScans1764230500000 } from './migrations/1764230500000-create-scans';

export function scannerDatabaseOptions(url: string, poolSize: number): ServiceDatabaseOptions {
  return { schema: 'scanner', url, poolSize, entities: [ScanEntity, ControlResultEntity], migrations: [CreateScans1764230500000] };
}
