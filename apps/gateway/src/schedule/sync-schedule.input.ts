import { SyncScheduleInputDto } from '@trueconfig/common';
import { IsOptional, Matches } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The scanner checks the interval against its minimum and the window's consistency; here only shapes. */
@InputType()
export class SyncScheduleInput implements SyncScheduleInputDto {
  @Field()
  enabled!: boolean;

  @Field(() => Int, { nullable: true, description: 'Seconds between runs; at least 3600 (one hour); default 86400.' })
  intervalSeconds?: number;

  @Field(() => String, { nullable: true, description: '"HH:MM" UTC; give windowEnd too.' })
  @IsOptional()
  @Matches(CLOCK, { message: 'windowStart must be a UTC time "HH:MM", e.g. "01:00"' })
  windowStart?: string | null;

  @Field(() => String, { nullable: true, description: '"HH:MM" UTC; give windowStart too.' })
  @IsOptional()
  @Matches(CLOCK, { message: 'windowEnd must be a UTC time "HH:MM", e.g. "05:00"' })
  windowEnd?: string | null;
}
