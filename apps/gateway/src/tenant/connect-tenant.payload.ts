import { ConnectionTestDto, TenantDto } from '@trueconfig/common';
import { Field, ObjectType } from 'type-graphql';
import { ConnectionTest } from './connection-test.type';
import { Tenant } from './tenant.type';

@ObjectType({ description: 'The saved tenant and the connection test run while saving it.' })
export class ConnectTenantPayload {
  @Field(() => Tenant)
  tenant!: TenantDto;

  @Field(() => ConnectionTest)
  connectionTest!: ConnectionTestDto;
}
