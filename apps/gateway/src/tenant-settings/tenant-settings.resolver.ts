import { Injectable } from '@nestjs/common';
import { NatsRequester, Subject, TenantDto } from '@trueconfig/common';
import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { callerOf } from '../clients/caller';
import { GatewayContext } from '../graphql/gateway-context';
import { Tenant } from '../tenant/tenant.type';
import { AcceptRiskArgs, RevokeRiskAcceptanceArgs, UpdateTenantSettingsArgs } from './tenant-settings.args';
import { tenantSettingsLoader } from './tenant-settings.loader';
import { toTenantSettings } from './tenant-settings.mapper';
import { TenantSettings } from './tenant-settings.type';

/** `Tenant.settings` and the mutations that change them (operator); the scanner owns and validates them. */
@Injectable()
@Resolver(() => Tenant)
export class TenantSettingsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @FieldResolver(() => TenantSettings, { description: 'Exclusions, thresholds and risk acceptances the next scan evaluates with. Batched per page of tenants.' })
  async settings(@Root() tenant: TenantDto, @Ctx() context: GatewayContext): Promise<TenantSettings> {
    return toTenantSettings(await tenantSettingsLoader(context, this.nats).load(tenant.id));
  }

  @Authorized(ApiKeyRole.OPERATOR)
  @Mutation(() => TenantSettings, { description: 'Changes break-glass accounts, approved exclusions or thresholds; parts left out stay. Applies from the next scan.' })
  async updateTenantSettings(@Args() { tenantId, input }: UpdateTenantSettingsArgs, @CurrentPrincipal() principal: Principal): Promise<TenantSettings> {
    return toTenantSettings(await this.nats.request(Subject.UpdateTenantSettings, { ...callerOf(principal), tenantId, input: plain(input) }));
  }

  @Authorized(ApiKeyRole.OPERATOR)
  @Mutation(() => TenantSettings, {
    description: "Accepts a control's failure with a reason, an owner and an expiry (replacing any earlier acceptance). From the next scan the result shows the acceptance until it expires.",
  })
  async acceptRisk(@Args() args: AcceptRiskArgs, @CurrentPrincipal() principal: Principal): Promise<TenantSettings> {
    const { tenantId, controlId, reason, owner, expiresAt } = args;
    return toTenantSettings(await this.nats.request(Subject.AcceptRisk, { ...callerOf(principal), tenantId, controlId, reason, owner, expiresAt: expiresAt.toISOString() }));
  }

  @Authorized(ApiKeyRole.OPERATOR)
  @Mutation(() => TenantSettings, { description: "Removes a control's risk acceptance; from the next scan its failure counts again." })
  async revokeRiskAcceptance(@Args() { tenantId, controlId }: RevokeRiskAcceptanceArgs, @CurrentPrincipal() principal: Principal): Promise<TenantSettings> {
    return toTenantSettings(await this.nats.request(Subject.RevokeRiskAcceptance, { ...callerOf(principal), tenantId, controlId }));
  }
}

/** Input class instances carry undefined fields; NATS gets plain JSON without them. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
