import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class TenantIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'tenantId must be a tenant id (a UUID) returned by this API' })
  tenantId!: string;
}

@ArgsType()
export class TenantLookupArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a tenant id (a UUID) returned by this API' })
  id!: string;
}
