import { ConnectionCheckDto, ErrorCode, LicenceTier } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionCheck } from './connection-check.type';
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

  @Field(() => Boolean, { nullable: true, description: 'Whether the token carries application permissions (admin consent given); null without a token.' })
  adminConsent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether Microsoft Graph answered the cheap call made per permission.' })
  graphReachable?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Entra ID licence tier from subscribedSkus: free, p1 or p2 (free degrades some controls).' })
  licenceTier?: LicenceTier | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "The client secret's end date, from the app registration's passwordCredentials." })
  secretExpiresAt?: string | null;

  @Field(() => [ConnectionCheck], { description: 'Every check, in order: token, permissions, admin consent, Graph, licence, secret expiry.' })
  checks?: ConnectionCheckDto[];
}
