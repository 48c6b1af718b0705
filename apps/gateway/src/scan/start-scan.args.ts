import { IsBoolean, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { TenantIdArgs } from '../tenant/tenant-id.args';

@ArgsType()
export class StartScanArgs extends TenantIdArgs {
  /** Read every dataset in full, ignoring what delta sync keeps (default: users through users/delta after the first scan). */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  full?: boolean;
}
