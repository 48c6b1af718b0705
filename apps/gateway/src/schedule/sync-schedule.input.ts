import { SyncScheduleInputDto } from '@trueconfig/common';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The scanner checks the interval and the cron against its minimum, the cron's fields, the zone and the window; here only shapes. */
@InputType()
export class SyncScheduleInput implements SyncScheduleInputDto {
  @Field()
  enabled!: boolean;

  @Field(() => Int, { nullable: true, description: 'Seconds between runs; at least 3600 (one hour); default 86400. Leave out when giving cron.' })
  intervalSeconds?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Instead of intervalSeconds: a standard five-field cron ("minute hour day-of-month month day-of-week", e.g. "0 3 * * 1-5") that fires at most once an hour. Runs at exactly these times (no stagger offset).',
  })
  @IsOptional()
  @IsString({ message: 'cron must be text such as "0 3 * * *"' })
  @MaxLength(100, { message: 'cron must be at most 100 characters' })
  cron?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone the cron is read in, e.g. "Europe/Berlin"; default "UTC". Only with cron.' })
  @IsOptional()
  @IsString({ message: 'timezone must be an IANA time zone name such as "Europe/Berlin"' })
  @MaxLength(64, { message: 'timezone must be at most 64 characters' })
  timezone?: string | null;

  @Field(() => String, { nullable: true, description: '"HH:MM" UTC; give windowEnd too.' })
  @IsOptional()
  @Matches(CLOCK, { message: 'windowStart must be a UTC time "HH:MM", e.g. "01:00"' })
  windowStart?: string | null;

  @Field(() => String, { nullable: true, description: '"HH:MM" UTC; give windowStart too.' })
  @IsOptional()
  @Matches(CLOCK, { message: 'windowEnd must be a UTC time "HH:MM", e.g. "05:00"' })
  windowEnd?: string | null;
}
