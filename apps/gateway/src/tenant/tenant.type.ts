import { ConnectionMode, ConnectionTestDto, SecretWarningDto, TenantStatus, TokenFailureDto } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionTest } from './connection-test.type';
import { SecretWarning } from './secret-warning.type';
import { TokenFailure } from './token-failure.type';

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

  @Field(() => GraphQLDateTimeISO, { description: 'When the current client secret was entered.' })
  secretEnteredAt!: string;

  @Field(() => ConnectionMode, { nullable: true })
  connectionMode?: ConnectionMode;

  @Field(() => Int, { nullable: true, description: 'Days since the client secret was entered; null without a stored secret.' })
  secretAgeDays?: number | null;

  @Field(() => [SecretWarning], { description: 'Secret expiry (30, 14, 7 days) and age (over 90 days) warnings.' })
  secretWarnings?: SecretWarningDto[];

  @Field(() => TokenFailure, { nullable: true })
  lastTokenFailure?: TokenFailureDto | null;
}
