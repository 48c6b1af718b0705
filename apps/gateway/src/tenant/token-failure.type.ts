import { ErrorCode } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "The last failed token request for the tenant's scans (cleared by the next success)." })
export class TokenFailure {
  @Field(() => GraphQLDateTimeISO)
  at!: string;

  @Field(() => ErrorCode)
  errorCode!: ErrorCode;

  @Field(() => String, { nullable: true })
  entraErrorCode!: string | null;

  @Field()
  message!: string;
}
