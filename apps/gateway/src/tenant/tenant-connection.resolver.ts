import { Injectable } from '@nestjs/common';
import { ConnectionTestDto, ConnectTenantReply, TenantDto } from '@trueconfig/common';
import { Arg, Args, Authorized, Mutation, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { callerOf } from '../clients/caller';
import { ConnectorClient } from '../clients/connector.client';
import { ConnectTenantInput } from './connect-tenant.input';
import { ConnectTenantPayload } from './connect-tenant.payload';
import { ConnectionTest } from './connection-test.type';
import { TenantIdArgs, TenantLookupArgs } from './tenant-id.args';
import { TenantLifecycleClient } from './tenant-lifecycle.client';
import { Tenant } from './tenant.type';

/** Tenant credentials and connection tests: admin only. */
@Injectable()
@Resolver()
export class TenantConnectionResolver {
  constructor(
    private readonly connector: ConnectorClient,
    private readonly lifecycle: TenantLifecycleClient,
  ) {}

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => ConnectTenantPayload, {
    description:
      'Save and Test Connection. If no token can be acquired nothing is saved and the error carries the code, ' +
      'the remediation and `details.connectionTest`; if permissions are missing the tenant is saved as DEGRADED.',
  })
  connectTenant(@Arg('input') input: ConnectTenantInput, @CurrentPrincipal() principal: Principal): Promise<ConnectTenantReply> {
    return this.lifecycle.connectTenant(callerOf(principal), input);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => ConnectTenantPayload, {
    description:
      'Save and Test Connection for a saved tenant. The new credentials replace the old ones only if a token is acquired; ' +
      'otherwise the error says the previous credentials remain in use and carries `details.connectionTest`.',
  })
  reconnectTenant(
    @Args() { id }: TenantLookupArgs,
    @Arg('input') input: ConnectTenantInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConnectTenantReply> {
    return this.lifecycle.reconnectTenant(callerOf(principal), id, input);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => Tenant, { description: 'Deletes the client secret and stops scans: the tenant becomes DISCONNECTED.' })
  disconnectTenant(@Args() { id }: TenantLookupArgs, @CurrentPrincipal() principal: Principal): Promise<TenantDto> {
    return this.lifecycle.disconnectTenant(callerOf(principal), id);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => ConnectionTest, { description: "Tests a saved tenant's connection again and records the result." })
  testConnection(@Args() { tenantId }: TenantIdArgs, @CurrentPrincipal() principal: Principal): Promise<ConnectionTestDto> {
    return this.connector.testConnection(callerOf(principal), tenantId);
  }
}
