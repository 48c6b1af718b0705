import { TenantSettingsInputDto } from '@trueconfig/common';
import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

const MAX_IDS = 500;
/** Entra object ids are GUIDs; the version and variant nibbles are not checked (the scanner's isGuid agrees). */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUIDS = (field: string) => ({ each: true, message: `${field} must hold object ids (GUIDs) as Entra shows them` });

@InputType({ description: 'Each list given replaces the stored one.' })
export class ApprovedExclusionsInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @Matches(GUID, GUIDS('users'))
  users?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @Matches(GUID, GUIDS('groups'))
  groups?: string[];

  @Field(() => [String], { nullable: true, description: 'Role template ids.' })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @Matches(GUID, GUIDS('roles'))
  roles?: string[];

  @Field(() => [String], { nullable: true, description: 'Application (client) ids.' })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @Matches(GUID, GUIDS('applications'))
  applications?: string[];

  @Field(() => Boolean, { nullable: true })
  guestsOrExternalUsers?: boolean;
}

@InputType({ description: 'Each threshold given replaces the stored one; globalAdminMin must not exceed globalAdminMax.' })
export class ControlThresholdsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'globalAdminMin must be at least 1' })
  @Max(100, { message: 'globalAdminMin must be at most 100' })
  globalAdminMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'globalAdminMax must be at least 1' })
  @Max(100, { message: 'globalAdminMax must be at most 100' })
  globalAdminMax?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'staleDays must be at least 1' })
  @Max(3650, { message: 'staleDays must be at most 3650' })
  staleDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'staleAdminDays must be at least 1' })
  @Max(3650, { message: 'staleAdminDays must be at most 3650' })
  staleAdminDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'mfaTargetPercent must be from 0 to 100' })
  @Max(100, { message: 'mfaTargetPercent must be from 0 to 100' })
  mfaTargetPercent?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'maxSecretLifetimeDays must be at least 1' })
  @Max(3650, { message: 'maxSecretLifetimeDays must be at most 3650' })
  maxSecretLifetimeDays?: number;
}

@InputType({ description: 'The parts to change; parts left out stay as they are.' })
export class TenantSettingsInput implements TenantSettingsInputDto {
  @Field(() => [String], { nullable: true, description: 'Break-glass user object ids.' })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @Matches(GUID, GUIDS('breakGlassAccounts'))
  breakGlassAccounts?: string[];

  @Field(() => ApprovedExclusionsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  approvedExclusions?: ApprovedExclusionsInput;

  @Field(() => [String], { nullable: true, description: 'Application (client) ids allowed high-risk Graph permissions.' })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @Matches(GUID, GUIDS('approvedApplications'))
  approvedApplications?: string[];

  @Field(() => ControlThresholdsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  thresholds?: ControlThresholdsInput;
}
