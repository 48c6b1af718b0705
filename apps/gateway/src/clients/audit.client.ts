import { Injectable } from '@nestjs/common';
import { AuditLogFilter, NatsRequester, PageRequest, QueryAuditLogsReply, Subject } from '@trueconfig/common';

@Injectable()
export class AuditClient {
  constructor(private readonly nats: NatsRequester) {}

  queryAuditLogs(orgId: string, filter: AuditLogFilter, page: PageRequest): Promise<QueryAuditLogsReply> {
    return this.nats.request(Subject.QueryAuditLogs, { orgId, filter, ...page });
  }
}
