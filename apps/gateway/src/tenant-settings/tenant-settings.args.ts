import { IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import { TenantSettingsInput } from './tenant-settings.input';

const TENANT_ID = { message: 'tenantId must be a tenant id (a UUID) returned by this API' };

@ArgsType()
export class UpdateTenantSettingsArgs {
  @Field(() => ID)
  @IsUUID('all', TENANT_ID)
  tenantId!: string;

  @Field(() => TenantSettingsInput)
  @ValidateNested()
  input!: TenantSettingsInput;
}

@ArgsType()
export class AcceptRiskArgs {
  @Field(() => ID)
  @IsUUID('all', TENANT_ID)
  tenantId!: string;

  @Field({ description: 'A control id from Query.controls, e.g. "GU-02".' })
  @MinLength(1, { message: 'controlId must be a control id, e.g. "GU-02"' })
  @MaxLength(20, { message: 'controlId must be a control id, e.g. "GU-02"' })
  controlId!: string;

  @Field({ description: 'Why the risk is accepted.' })
  @MinLength(1, { message: 'reason must say why the risk is accepted' })
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason!: string;

  @Field({ description: 'Who owns the risk, e.g. an e-mail address.' })
  @MinLength(1, { message: 'owner must name who owns the risk' })
  @MaxLength(200, { message: 'owner must be at most 200 characters' })
  owner!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'In the future, within 3 years; then the failure counts again.' })
  expiresAt!: Date;
}

@ArgsType()
export class RevokeRiskAcceptanceArgs {
  @Field(() => ID)
  @IsUUID('all', TENANT_ID)
  tenantId!: string;

  @Field()
  @MaxLength(20, { message: 'controlId must be a control id, e.g. "GU-02"' })
  controlId!: string;
}
