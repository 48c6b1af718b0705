import { ErrorCode } from '@trueconfig/common';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Why a scan failed.' })
export class ScanError {
  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field()
  message!: string;

  @Field(() => [String])
  remediation!: string[];
}
