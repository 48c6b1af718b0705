import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A directory object behind a control result (a user, a policy, …).' })
export class EvidenceItem {
  @Field({ description: 'What the object is, e.g. "user" or "conditionalAccessPolicy".' })
  kind!: string;

  @Field()
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  detail?: string | null;
}
