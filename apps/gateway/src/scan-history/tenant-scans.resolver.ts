import { Injectable } from '@nestjs/common';
import { NatsRequester, Subject, TenantDto } from '@trueconfig/common';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requirePrincipal } from '../auth/require-principal';
import { GatewayContext } from '../graphql/gateway-context';
import { ConnectionArgs } from '../pagination/connection.args';
import { Connection } from '../pagination/connection.type';
import { fetchConnection } from '../pagination/fetch-connection';
import { toScan } from '../scan/scan.mapper';
import { Scan } from '../scan/scan.type';
import { Tenant } from '../tenant/tenant.type';
import { ScanConnection } from './scan-connection.type';

/** `Tenant.scans`: the tenant's scan history, newest first; results load in one batch per page, only when selected. */
@Injectable()
@Resolver(() => Tenant)
export class TenantScansResolver {
  constructor(private readonly nats: NatsRequester) {}

  @FieldResolver(() => ScanConnection, { description: "The tenant's scans, newest first." })
  scans(@Root() tenant: TenantDto, @Args() args: ConnectionArgs, @Ctx() context: GatewayContext): Promise<Connection<Scan>> {
    const orgId = requirePrincipal(context).orgId;
    return fetchConnection(args, async (page) => {
      const scans = await this.nats.request(Subject.ListScans, { orgId, tenantId: tenant.id, first: page.first, after: page.after ?? null });
      return { ...scans, items: scans.items.map(toScan) };
    });
  }
}
