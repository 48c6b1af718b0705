import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class SetAuditRetentionArgs {
  @Field(() => Int, { nullable: true, description: 'Days to keep lines, 1 to 3650; null returns to the default.' })
  @IsOptional()
  @IsInt({ message: 'days must be a whole number' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(3650, { message: 'days must be at most 3650 (ten years)' })
  days?: number | null;
}
