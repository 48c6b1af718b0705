import { ControlStatus } from '@trueconfig/common';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A directory audit entry that likely explains a status change.' })
export class DriftChange {
  @Field()
  auditId!: string;

  @Field({ description: 'e.g. "Update conditional access policy".' })
  activity!: string;

  @Field({ description: 'UPN of the user, or the app, who made the change.' })
  actor!: string;

  @Field({ description: 'When (ISO date-time, as the audit log says).' })
  at!: string;

  @Field()
  target!: string;

  @Field(() => [String], { description: '"property: old → new" per modified property.' })
  modified!: string[];
}

@ObjectType({ description: 'A control whose status changed since the previous scan.' })
export class ControlDrift {
  @Field()
  controlId!: string;

  @Field()
  title!: string;

  @Field(() => ControlStatus, { nullable: true, description: 'Null: the control was not in the previous scan.' })
  previous!: ControlStatus | null;

  @Field(() => ControlStatus, { nullable: true, description: 'Null: the control is no longer evaluated.' })
  current!: ControlStatus | null;

  @Field(() => [DriftChange], { description: 'Up to five directory audit entries, newest first; empty when the scan read no audits.' })
  changes!: DriftChange[];
}

@ObjectType({ description: "What changed since the tenant's previous finished scan." })
export class ScanDrift {
  @Field(() => ID, { nullable: true, description: 'Null for a tenant’s first finished scan.' })
  previousScanId!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  previousFinishedAt!: string | null;

  @Field({ description: 'Whether the scan read directory audits to explain the changes (needs AuditLog.Read.All).' })
  auditsCollected!: boolean;

  @Field(() => [ControlDrift])
  controls!: ControlDrift[];
}
