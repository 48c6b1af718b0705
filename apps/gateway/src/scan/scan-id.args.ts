import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class ScanLookupArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a scan id (a UUID) returned by this API' })
  id!: string;
}
