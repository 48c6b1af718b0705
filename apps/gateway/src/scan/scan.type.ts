import { ControlResultDto, ScanStatus, ScanTrigger } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ControlResult } from './control-result.type';
import { ScanError } from './scan-error.type';

@ObjectType({ description: "One run of the control catalog over a tenant's configuration." })
export class Scan {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => ScanStatus)
  status!: ScanStatus;

  @Field(() => ScanTrigger)
  trigger!: ScanTrigger;

  @Field(() => GraphQLDateTimeISO)
  startedAt!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  finishedAt!: string | null;

  @Field(() => Int, { description: 'Percent complete, 0 to 100.' })
  progress!: number;

  @Field({ description: 'What the scan is doing now, e.g. "fetching users".' })
  phase!: string;

  @Field(() => [String], { description: 'What the scan could not do, e.g. a dataset it was not permitted to read.' })
  warnings!: string[];

  @Field(() => [ControlResult])
  results!: ControlResultDto[];

  @Field(() => ScanError, { nullable: true })
  error!: ScanError | null;
}
