import './register-enums';
import { GraphQLSchema } from 'graphql';
import { buildSchema, ContainerType, PubSub } from 'type-graphql';
import { AuditLogResolver } from '../audit-log/audit-log.resolver';
import { gatewayAuthChecker } from '../auth/auth-checker';
import { RequiredPermissionsResolver } from '../permission/required-permissions.resolver';
import { ScanProgressResolver } from '../scan-progress/scan-progress.resolver';
import { ScanResolver } from '../scan/scan.resolver';
import { TenantConnectionResolver } from '../tenant/tenant-connection.resolver';
import { TenantResolver } from '../tenant/tenant.resolver';
import { GatewayPubSub } from './gateway-pub-sub';

export const GATEWAY_RESOLVERS = [
  TenantResolver,
  TenantConnectionResolver,
  ScanResolver,
  ScanProgressResolver,
  AuditLogResolver,
  RequiredPermissionsResolver,
] as const;

export interface GatewaySchemaOptions {
  pubSub: GatewayPubSub;
  /** Nest's DI in the running gateway; omitted when the schema is only printed. */
  container?: ContainerType;
}

export function buildGatewaySchema(options: GatewaySchemaOptions): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...GATEWAY_RESOLVERS],
    container: options.container,
    pubSub: options.pubSub as PubSub,
    authChecker: gatewayAuthChecker,
    // Validation errors must never carry the value (it may be a client secret) or the input object.
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}
