import { IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { ApiKeyRole } from './api-key-role.enum';

@ArgsType()
export class CreateApiKeyArgs {
  @Field(() => ApiKeyRole)
  role!: ApiKeyRole;

  @Field(() => String, { nullable: true, description: 'What the key is for, e.g. "SIEM integration".' })
  @IsOptional()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string | null;
}

@ArgsType()
export class ApiKeyIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an API key id (a UUID) returned by this API' })
  id!: string;
}
