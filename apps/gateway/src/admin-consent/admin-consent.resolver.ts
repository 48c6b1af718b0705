import { Injectable } from '@nestjs/common';
import { AdminConsentUrlReply, NatsRequester, Subject } from '@trueconfig/common';
import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { callerOf } from '../clients/caller';
import { AdminConsentUrl } from './admin-consent-url.type';

@Injectable()
@Resolver()
export class AdminConsentResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Authorized(ApiKeyRole.ADMIN)
  @Query(() => AdminConsentUrl, {
    description:
      "Connect with TrueConfig's own multi-tenant app: the admin consent URL for a directory (GUID or verified domain), with a signed, " +
      'expiring state. After consent Entra redirects to the gateway’s /consent/callback, which saves the tenant and tests it.',
  })
  adminConsentUrl(
    @Arg('directoryTenantId') directoryTenantId: string,
    @CurrentPrincipal() principal: Principal,
    @Arg('displayName', () => String, { nullable: true }) displayName?: string | null,
  ): Promise<AdminConsentUrlReply> {
    return this.nats.request(Subject.AdminConsentUrl, { ...callerOf(principal), directoryTenantId: bounded(directoryTenantId), displayName: displayName ? bounded(displayName) : null });
  }
}

const MAX = 255;

function bounded(value: string): string {
  return value.slice(0, MAX);
}

