import { ServiceDatabaseOptions } from '@trueconfig/common';
import { ConnectionTestEntity } from '../connection-tests/connection-test.entity';
import { TenantEntity } from '../tenants/tenant.entity';
import { CreateConnectorTables1764230500000 } from './migrations/1764230500000-create-connector-tables';
import { ConnectionLifecycle1764400000000 } from './migrations/1764400000000-connection-lifecycle';

export const CONNECTOR_SCHEMA = 'connector';

export function connectorDatabaseOptions(url: string, poolSize: number): ServiceDatabaseOptions {
  return {
    schema: CONNECTOR_SCHEMA,
    url,
    poolSize,
    entities: [TenantEntity, ConnectionTestEntity],
    migrations: [CreateConnectorTables1764230500000, ConnectionLifecycle1764400000000],
  };
}
