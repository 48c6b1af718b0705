import './register-tenant-enums';
import { ConnectionCheckKind, ConnectionCheckStatus, ErrorCode } from '@trueconfig/common';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One row of the structured diagnosis of a connection test.' })
export class ConnectionCheck {
  @Field(() => ConnectionCheckKind)
  kind!: ConnectionCheckKind;

  @Field(() => String, { nullable: true, description: 'What was checked: a permission, a Graph path, the licence tier, a date.' })
  target!: string | null;

  @Field(() => ConnectionCheckStatus)
  status!: ConnectionCheckStatus;

  @Field(() => ErrorCode, { nullable: true })
  errorCode!: ErrorCode | null;

  @Field()
  message!: string;

  @Field(() => [String])
  remediation!: string[];
}
