import { ConnectionType } from '../pagination/connection.type';
import { Tenant } from './tenant.type';

export const TenantConnection = ConnectionType('Tenant', Tenant);
