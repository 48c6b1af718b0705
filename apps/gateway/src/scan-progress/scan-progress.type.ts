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

  @Field(() => ID, { nullable: true, description: 'Unique per event: the same event delivered twice carries the same id.' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'The Graph dataset being read (its request path), on per-dataset events.' })
  dataset?: string | null;

  @Field(() => Int, { nullable: true, description: 'Pages of the dataset read so far. Page events come at most every 250 ms per dataset; the first and the last page are always sent.' })
  pagesRead?: number | null;

  @Field(() => Int, { nullable: true, description: 'Rows of the dataset read so far.' })
  rowsRead?: number | null;

  @Field(() => Int, { nullable: true, description: "Rows Graph says the dataset holds ($count); null where Graph gives no count (e.g. delta listings)." })
  expectedRows?: number | null;

  @Field(() => Int, { nullable: true, description: 'rowsRead against expectedRows, 0 to 100; null when expectedRows is unknown.' })
  datasetPercent?: number | null;
}
