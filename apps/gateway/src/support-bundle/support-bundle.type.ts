import { AuditEventDto, ConnectionTestDto, TenantDto } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { AuditLog } from '../audit-log/audit-log.type';
import { ConnectionTest } from '../tenant/connection-test.type';
import { Tenant } from '../tenant/tenant.type';

@ObjectType({ description: 'What support needs ("Still need help?" on the troubleshooting page). Never the secret.' })
export class SupportBundle {
  @Field(() => GraphQLDateTimeISO)
  generatedAt!: string;

  @Field(() => Tenant)
  tenant!: TenantDto;

  @Field({ description: 'Application (client) ID.' })
  clientId!: string;

  @Field({ description: 'Directory (tenant) ID.' })
  directoryTenantId!: string;

  @Field(() => [String], { description: 'Microsoft Graph application permissions granted, from the last test that got a token.' })
  grantedPermissions!: string[];

  @Field(() => [ConnectionTest], { description: 'The last connection tests, newest first.' })
  connectionTests!: ConnectionTestDto[];

  @Field(() => [AuditLog], { description: "The tenant's recent sync log." })
  syncLog!: AuditEventDto[];

  @Field(() => String, { nullable: true, description: 'Why the sync log is empty, when the audit service did not answer.' })
  syncLogError!: string | null;

  @Field(() => [String], { description: 'What to send to support, in the troubleshooting page’s words.' })
  instructions!: string[];
}
