import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Exclusions a Conditional Access policy may carry and still count as covering everyone.' })
export class ApprovedExclusions {
  @Field(() => [String], { description: 'User object ids.' })
  users!: string[];

  @Field(() => [String], { description: 'Group object ids.' })
  groups!: string[];

  @Field(() => [String], { description: 'Role template ids (rarely justified).' })
  roles!: string[];

  @Field(() => [String], { description: 'Application (client) ids excluded from "All cloud apps".' })
  applications!: string[];

  @Field({ description: 'Whether excluding guests and external users is approved.' })
  guestsOrExternalUsers!: boolean;
}

@ObjectType()
export class ControlThresholds {
  @Field(() => Int, { description: 'Fewest global administrators (CIS 2, SCuBA 2).' })
  globalAdminMin!: number;

  @Field(() => Int, { description: 'Most global administrators (CIS 4, SCuBA 8).' })
  globalAdminMax!: number;

  @Field(() => Int, { description: 'Enabled accounts idle longer than this many days are stale.' })
  staleDays!: number;

  @Field(() => Int, { description: 'The stricter idle limit for privileged accounts.' })
  staleAdminDays!: number;

  @Field(() => Int, { description: 'ID-01 passes at this percentage of enabled members MFA-registered.' })
  mfaTargetPercent!: number;

  @Field(() => Int, { description: 'Longest acceptable application secret lifetime.' })
  maxSecretLifetimeDays!: number;
}

@ObjectType({ description: 'An accepted failure: the control keeps its status and carries the acceptance until it expires.' })
export class RiskAcceptance {
  @Field()
  controlId!: string;

  @Field()
  reason!: string;

  @Field()
  owner!: string;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: string;

  @Field(() => GraphQLDateTimeISO)
  acceptedAt!: string;

  @Field({ description: 'The API key that accepted it.' })
  acceptedBy!: string;

  @Field({ description: 'False once expiresAt has passed: the failure counts again.' })
  active!: boolean;
}

@ObjectType({ description: "A tenant's TrueConfig configuration, defaults applied; scans evaluate with it." })
export class TenantSettings {
  @Field(() => [String], { description: 'Break-glass user ids: approved Conditional Access exclusions, never failed for lacking MFA or sign-ins.' })
  breakGlassAccounts!: string[];

  @Field(() => ApprovedExclusions)
  approvedExclusions!: ApprovedExclusions;

  @Field(() => [String], { description: 'Application (client) ids allowed to hold high-risk Graph permissions.' })
  approvedApplications!: string[];

  @Field(() => ControlThresholds)
  thresholds!: ControlThresholds;

  @Field(() => [RiskAcceptance])
  riskAcceptances!: RiskAcceptance[];

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Null while the tenant has the defaults.' })
  updatedAt!: string | null;
}
