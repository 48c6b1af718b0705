import { AuditLevel } from '@trueconfig/common';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

@InputType('AuditLogFilter', { description: 'Every given field narrows the log; all are optional.' })
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  tenantId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  scanId?: string | null;

  @Field(() => AuditLevel, { nullable: true })
  level?: AuditLevel | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive text in the message.' })
  @IsOptional()
  @MaxLength(200)
  text?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'From this time (inclusive).' })
  since?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Before this time (exclusive).' })
  until?: Date | null;
}
