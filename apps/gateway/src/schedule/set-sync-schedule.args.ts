import { IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { SyncScheduleInput } from './sync-schedule.input';

@ArgsType()
export class SetSyncScheduleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'tenantId must be a tenant id (a UUID) returned by this API' })
  tenantId!: string;

  @Field(() => SyncScheduleInput)
  @ValidateNested()
  input!: SyncScheduleInput;
}
