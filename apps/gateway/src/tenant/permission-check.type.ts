import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One Microsoft Graph application permission TrueConfig needs, granted or not.' })
export class PermissionCheck {
  @Field()
  name!: string;

  @Field()
  granted!: boolean;

  @Field()
  purpose!: string;
}
