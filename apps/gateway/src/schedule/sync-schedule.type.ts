import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A tenant's automatic scans. Times are UTC." })
export class SyncSchedule {
  @Field()
  enabled!: boolean;

  @Field(() => Int, { description: 'Seconds between runs (at least 3600).' })
  intervalSeconds!: number;

  @Field(() => Int, {
    description: "Where in each interval this tenant's runs fall, chosen by TrueConfig so tenants' scans spread out instead of competing for Graph's limits.",
  })
  offsetSeconds!: number;

  @Field(() => String, { nullable: true, description: 'Runs start only inside this window: "HH:MM" UTC (may wrap midnight).' })
  windowStart!: string | null;

  @Field(() => String, { nullable: true })
  windowEnd!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Null while disabled.' })
  nextRunAt!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  lastRunAt!: string | null;

  @Field(() => ID, { nullable: true })
  lastScanId!: string | null;
}
