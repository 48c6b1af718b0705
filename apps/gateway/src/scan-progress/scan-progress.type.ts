import { ScanStatus } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A step of a running scan.' })
export class ScanProgress {
  @Field(() => ID)
  scanId!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field()
  phase!: string;

  @Field(() => Int, { description: '0 to 100.' })
  percent!: number;

  @Field()
  message!: string;

  @Field(() => ScanStatus)
  status!: ScanStatus;

  @Field(() => GraphQLDateTimeISO)
  at!: string;
}
