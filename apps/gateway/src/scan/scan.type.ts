import { ControlResultDto, ScanScoreDto, ScanStatus, ScanTrigger } from '@trueconfig/common';
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

  /** False for scans listed without their results (Tenant.scans, Tenant.latestScan): ScanResultsResolver fetches them. */
  resultsLoaded?: boolean;

  /** Sent with listed scans (computed by the scanner), so Scan.score needs no results. */
  summaryScore?: ScanScoreDto;

  @Field(() => ScanError, { nullable: true })
  error!: ScanError | null;

  @Field(() => Int, { description: 'Requests sent to Microsoft Graph, retries included.' })
  requests!: number;

  @Field(() => Int, { description: 'Times Graph throttled the scan (HTTP 429).' })
  throttled!: number;

  @Field(() => Int, { description: 'Requests sent again after a 429, a 5xx or a dropped connection.' })
  retries!: number;

  @Field(() => Int, { description: 'Reads given up after the last retry (the dataset is then reported unavailable).' })
  giveUps!: number;
}
