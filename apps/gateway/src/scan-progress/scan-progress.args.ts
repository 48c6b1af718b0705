import { ArgsType, Field, ID } from 'type-graphql';

/** Checked by ScanProgressFeed when the subscription starts (type-graphql validates args per event). */
@ArgsType()
export class ScanProgressArgs {
  @Field(() => ID, { nullable: true, description: 'Follow one scan; the subscription completes when it ends.' })
  scanId?: string | null;

  @Field(() => ID, { nullable: true, description: "Follow every scan of a tenant (or check a scan's tenant)." })
  tenantId?: string | null;
}
