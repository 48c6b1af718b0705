import { GraphQLDateTimeISO } from 'graphql-scalars';
import { SyncScheduleKind } from '@trueconfig/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import './register-schedule-enums';

@ObjectType({ description: "A tenant's automatic scans: on an interval or on a cron. Times are UTC unless a cron's timezone says otherwise." })
export class SyncSchedule {
  @Field()
  enabled!: boolean;

  @Field(() => SyncScheduleKind)
  kind!: SyncScheduleKind;

  @Field(() => Int, { nullable: true, description: 'Seconds between runs (at least 3600); null for a cron schedule.' })
  intervalSeconds!: number | null;

  @Field(() => Int, {
    description:
      "Where in each interval this tenant's runs fall, chosen by TrueConfig so tenants' scans spread out instead of competing for Graph's limits. Always 0 for a cron schedule: it runs at exactly its times.",
  })
  offsetSeconds!: number;

  @Field(() => String, { nullable: true, description: 'Five-field cron, single-spaced; null for an interval schedule.' })
  cron!: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone the cron is read in; null for an interval schedule.' })
  timezone!: string | null;

  @Field(() => String, { nullable: true, description: 'Runs start only inside this window: "HH:MM" UTC (may wrap midnight), for cron schedules too.' })
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
