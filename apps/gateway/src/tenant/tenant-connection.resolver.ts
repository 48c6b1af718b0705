import { Injectable } from '@nestjs/common';
import { ConnectionTestDto, ConnectTenantReply } from '@trueconfig/common';
import { Arg, Args, Authorized, Mutation, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { callerOf } from '../clients/caller';
import { ConnectorClient } from '../clients/connector.client';
import { ConnectTenantInput } from './connect-tenant.input';
import { ConnectTenantPayload } from './connect-tenant.payload';
import { ConnectionTest } from './connection-test.type';
import { TenantIdArgs } from './tenant-id.args';

/** Tenant credentials and connection tests: admin only. */
@Injectable()
@Resolver()
export class TenantConnectionResolver {
  constructor(private readonly connector: ConnectorClient) {}

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => ConnectTenantPayload, {
    description:
      'Save and Test Connection. If no token can be acquired nothing is saved and the error carries the code, ' +
      'the remediation and `details.connectionTest`; if permissions are missing the tenant is saved as DEGRADED.',
  })
  connectTenant(@Arg('input') input: ConnectTenantInput, @CurrentPrincipal() principal: Principal): Promise<ConnectTenantReply> {
    const { displayName, directoryTenantId, clientId, clientSecret } = input;
    return this.connector.connectTenant(callerOf(principal), { displayName, directoryTenantId, clientId, clientSecret });
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => ConnectionTest, { description: "Tests a saved tenant's connection again and records the result." })
  testConnection(@Args() { tenantId }: TenantIdArgs, @CurrentPrincipal() principal: Principal): Promise<ConnectionTestDto> {
    return this.connector.testConnection(callerOf(principal), tenantId);
  }
}
