import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The rotation advice as data: a secret close to expiry or older than 90 days.' })
export class SecretWarning {
  @Field({ description: 'EXPIRES_IN_30_DAYS, EXPIRES_IN_14_DAYS, EXPIRES_IN_7_DAYS, EXPIRED or OLDER_THAN_90_DAYS.' })
  code!: string;

  @Field()
  message!: string;
}
