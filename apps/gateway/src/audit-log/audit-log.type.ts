import { AuditLevel } from '@trueconfig/common';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One line of the sync log: what TrueConfig did, when, and for whom.' })
export class AuditLog {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTimeISO)
  at!: string;

  @Field(() => ID, { nullable: true })
  tenantId!: string | null;

  @Field(() => ID, { nullable: true })
  scanId!: string | null;

  @Field({ description: 'The TrueConfig service that wrote the line.' })
  service!: string;

  @Field(() => AuditLevel)
  level!: AuditLevel;

  @Field({ description: 'e.g. SCAN_STARTED, CONNECTION_TEST, DATASET_UNAVAILABLE.' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  details!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The API key id that made the change, when one did.' })
  actor!: string | null;
}
