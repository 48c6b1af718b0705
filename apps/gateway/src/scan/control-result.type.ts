import { ControlAcceptanceDto, ControlStatus, EvidenceItemDto } from '@trueconfig/common';
import { ControlAcceptance } from './control-acceptance.type';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EvidenceItem } from './evidence-item.type';

@ObjectType({ description: "One control's outcome in a scan." })
export class ControlResult {
  @Field({ description: 'e.g. "ID-01".' })
  controlId!: string;

  @Field()
  title!: string;

  @Field(() => ControlStatus)
  status!: ControlStatus;

  @Field()
  summary!: string;

  @Field(() => Float, { nullable: true, description: "The control's measure, e.g. the percentage of users with MFA registered." })
  metric!: number | null;

  @Field(() => Int)
  affectedCount!: number;

  @Field(() => [EvidenceItem])
  evidence!: EvidenceItemDto[];

  @Field(() => ControlAcceptance, { nullable: true, description: 'Set when a risk acceptance applied to this FAIL or WARN result.' })
  acceptance?: ControlAcceptanceDto | null;
}
