import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum AcceptanceState {
  ACTIVE = 'active',
  EXPIRED = 'expired',
}

registerEnumType(AcceptanceState, { name: 'AcceptanceState', description: 'ACTIVE: the failure is accepted; EXPIRED: the acceptance lapsed and the failure counts again.' });

@ObjectType({ description: 'The risk acceptance that applied to a FAIL or WARN result when the scan evaluated it.' })
export class ControlAcceptance {
  @Field(() => AcceptanceState)
  state!: AcceptanceState;

  @Field()
  reason!: string;

  @Field()
  owner!: string;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: string;
}
