import { ConnectionTestDto, TenantStatus } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionTest } from './connection-test.type';

/** `latestScan` is resolved by TenantResolver (batched); the rest comes straight from TenantDto. */
@ObjectType({ description: 'A Microsoft 365 tenant connected through an app registration.' })
export class Tenant {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'Directory (tenant) ID.' })
  directoryTenantId!: string;

  @Field({ description: 'Application (client) ID.' })
  clientId!: string;

  @Field(() => TenantStatus)
  status!: TenantStatus;

  @Field({ description: 'The end of the client secret, to recognise it; the secret itself is never returned.' })
  secretHint!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  secretExpiresAt!: string | null;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: string;

  @Field(() => ConnectionTest, { nullable: true })
  lastConnectionTest!: ConnectionTestDto | null;
}
