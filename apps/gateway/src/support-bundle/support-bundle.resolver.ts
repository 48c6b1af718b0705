import { Injectable } from '@nestjs/common';
import { NatsRequester, Subject, SupportBundleReply } from '@trueconfig/common';
import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { TenantIdArgs } from '../tenant/tenant-id.args';
import { SupportBundle } from './support-bundle.type';

@Injectable()
@Resolver()
export class SupportBundleResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Authorized(ApiKeyRole.ADMIN)
  @Query(() => SupportBundle, { description: "Client ID, tenant ID, granted permissions, the last connection tests and the tenant's sync log." })
  supportBundle(@Args() { tenantId }: TenantIdArgs, @CurrentPrincipal() principal: Principal): Promise<SupportBundleReply> {
    return this.nats.request(Subject.SupportBundle, { orgId: principal.orgId, tenantId });
  }
}
