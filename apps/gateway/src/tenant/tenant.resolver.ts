import { Injectable } from '@nestjs/common';
import { TenantDto } from '@trueconfig/common';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { ConnectorClient } from '../clients/connector.client';
import { GatewayContext } from '../graphql/gateway-context';
import { ConnectionArgs } from '../pagination/connection.args';
import { Connection } from '../pagination/connection.type';
import { fetchConnection } from '../pagination/fetch-connection';
import { toScan } from '../scan/scan.mapper';
import { Scan } from '../scan/scan.type';
import { TenantLookupArgs } from './tenant-id.args';
import { TenantConnection } from './tenant-connection.type';
import { Tenant } from './tenant.type';

@Injectable()
@Resolver(() => Tenant)
export class TenantResolver {
  constructor(private readonly connector: ConnectorClient) {}

  @Authorized(ApiKeyRole.VIEWER)
  @Query(() => TenantConnection, { description: "The organisation's tenants." })
  tenants(@Args() args: ConnectionArgs, @CurrentPrincipal() principal: Principal): Promise<Connection<TenantDto>> {
    return fetchConnection(args, (page) => this.connector.listTenants(principal.orgId, page));
  }

  @Authorized(ApiKeyRole.VIEWER)
  @Query(() => Tenant, { nullable: true, description: 'One tenant; NOT_FOUND when it is not your organisation’s.' })
  tenant(@Args() { id }: TenantLookupArgs, @CurrentPrincipal() principal: Principal): Promise<TenantDto> {
    return this.connector.getTenant(principal.orgId, id);
  }

  @FieldResolver(() => Scan, { nullable: true, description: 'Batched: one scanner request per page of tenants.' })
  async latestScan(@Root() tenant: TenantDto, @Ctx() context: GatewayContext): Promise<Scan | null> {
    const scan = await context.loaders.latestScan.load(tenant.id);
    return scan ? toScan(scan) : null;
  }
}
