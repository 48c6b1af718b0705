import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class CancelScanArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'scanId must be a scan id (a UUID) returned by this API' })
  scanId!: string;
}
