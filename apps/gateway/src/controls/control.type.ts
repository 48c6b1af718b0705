import { Field, ID, ObjectType } from 'type-graphql';
import { ControlLevelEnum, ControlSeverity } from './control-enums';

@ObjectType({ description: 'Framework sections a control maps to.' })
export class FrameworkReferences {
  @Field(() => [String], { description: 'CIS Microsoft 365 Foundations benchmark sections, e.g. "5.2.2.3".' })
  cis!: string[];

  @Field(() => [String], { description: 'CISA SCuBA policy ids, e.g. "MS.AAD.1.1v1".' })
  scuba!: string[];

  @Field(() => [String], { description: 'Maester EIDSCA ids.' })
  eidsca!: string[];

  @Field(() => [String], { description: 'Maester test ids (MT.xxxx).' })
  maester!: string[];
}

@ObjectType({ description: 'One control of the catalog: what it checks, why, what it needs and how to fix a failure.' })
export class Control {
  @Field(() => ID, { description: 'e.g. "CA-01"; families ID, CA, AM, PA, AP, GU, HY.' })
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ControlSeverity)
  severity!: ControlSeverity;

  @Field(() => ControlLevelEnum)
  level!: ControlLevelEnum;

  @Field(() => FrameworkReferences)
  references!: FrameworkReferences;

  @Field(() => [String], { description: 'Graph datasets read, by request path (e.g. "v1.0/identity/conditionalAccess/policies").' })
  datasets!: string[];

  @Field(() => [String], { description: 'Graph application permissions those datasets need.' })
  permissions!: string[];

  @Field({ description: 'Lowest Entra ID licence whose tenants expose the data: free, p1 or p2. Below it the control is NOT_APPLICABLE.' })
  licence!: string;

  @Field()
  rationale!: string;

  @Field(() => [String], { description: 'Remediation steps: the portal path, then the Graph or PowerShell change.' })
  remediation!: string[];
}
