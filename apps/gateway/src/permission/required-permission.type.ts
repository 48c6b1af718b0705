import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A Microsoft Graph permission to grant (with admin consent) to the app registration.' })
export class RequiredPermission {
  @Field({ description: 'e.g. "Reports.Read.All".' })
  name!: string;

  @Field({ description: 'Always "Application": TrueConfig reads as itself, not as a signed-in user.' })
  type!: string;

  @Field()
  purpose!: string;
}
