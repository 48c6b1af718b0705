import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "How long the organisation's sync-log lines are kept; older ones are deleted." })
export class AuditRetention {
  @Field(() => Int)
  days!: number;

  @Field({ description: 'True when the organisation uses the service default.' })
  isDefault!: boolean;

  @Field(() => Int)
  defaultDays!: number;
}
