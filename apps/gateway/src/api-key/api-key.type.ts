import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApiKeyRole } from './api-key-role.enum';

@ObjectType({ description: "An API key of the caller's organisation. The key itself is shown only once, when created." })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => ApiKeyRole)
  role!: ApiKeyRole;

  @Field({ description: 'The start of the key (`tc_<prefix>_…`), to recognise it.' })
  hint!: string;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Recorded to the minute.' })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A new key: `key` is its only appearance, store it now.' })
export class CreateApiKeyPayload {
  @Field()
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}
