import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "The URL an administrator of the customer's directory opens to consent to TrueConfig's app." })
export class AdminConsentUrl {
  @Field()
  url!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When the signed state in the URL stops being accepted.' })
  expiresAt!: string;
}
