import { Injectable } from '@nestjs/common';
import { AuditEventDto, AuditLogFilter } from '@trueconfig/common';
import { Arg, Args, Authorized, Query, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { AuditClient } from '../clients/audit.client';
import { ConnectorClient } from '../clients/connector.client';
import { ConnectionArgs } from '../pagination/connection.args';
import { Connection } from '../pagination/connection.type';
import { fetchConnection } from '../pagination/fetch-connection';
import { AuditLogConnection } from './audit-log-connection.type';
import { AuditLogFilterInput } from './audit-log-filter.input';

@Injectable()
@Resolver()
export class AuditLogResolver {
  constructor(
    private readonly audit: AuditClient,
    private readonly connector: ConnectorClient,
  ) {}

  @Authorized(ApiKeyRole.VIEWER)
  @Query(() => AuditLogConnection, { description: 'The sync log, newest first; NOT_FOUND for another organisation’s tenant.' })
  async auditLogs(
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter: AuditLogFilterInput | null | undefined,
    @Args() args: ConnectionArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Connection<AuditEventDto>> {
    const query = toAuditLogFilter(filter);
    // Another organisation's tenant is NOT_FOUND, as everywhere else, rather than an empty log.
    const [connection] = await Promise.all([
      fetchConnection(args, (page) => this.audit.queryAuditLogs(principal.orgId, query, page)),
      query.tenantId ? this.connector.getTenant(principal.orgId, query.tenantId) : undefined,
    ]);
    return connection;
  }
}

function toAuditLogFilter(filter: AuditLogFilterInput | null | undefined): AuditLogFilter {
  return {
    tenantId: filter?.tenantId ?? null,
    scanId: filter?.scanId ?? null,
    level: filter?.level ?? null,
    code: filter?.code ?? null,
    text: filter?.text ?? null,
    since: filter?.since?.toISOString() ?? null,
    until: filter?.until?.toISOString() ?? null,
  };
}
