import { ErrorCode } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PermissionCheck } from './permission-check.type';

@ObjectType({ description: 'The result of testing a tenant connection: token, permissions and diagnosis.' })
export class ConnectionTest {
  @Field(() => ID)
  id!: string;

  @Field()
  ok!: boolean;

  @Field(() => GraphQLDateTimeISO)
  testedAt!: string;

  @Field({ description: 'Whether Entra issued an app-only token.' })
  tokenAcquired!: boolean;

  @Field(() => ErrorCode, { nullable: true })
  errorCode!: ErrorCode | null;

  @Field(() => String, { nullable: true, description: "Entra's own code (e.g. 7000215) when the token request failed." })
  entraErrorCode!: string | null;

  @Field()
  message!: string;

  @Field(() => [String], { description: 'Steps that fix the problem, from the troubleshooting guide.' })
  remediation!: string[];

  @Field(() => [PermissionCheck])
  permissions!: PermissionCheck[];
}
