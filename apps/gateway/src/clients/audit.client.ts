import { Injectable } from '@nestjs/common';
import {
  AuditExportFormat,
  AuditLogFilter,
  AuditRetentionReply,
  Caller,
  ExportAuditLogsReply,
  NatsRequester,
  PageRequest,
  QueryAuditLogsReply,
  Subject,
} from '@trueconfig/common';

@Injectable()
export class AuditClient {
  constructor(private readonly nats: NatsRequester) {}

  queryAuditLogs(orgId: string, filter: AuditLogFilter, page: PageRequest): Promise<QueryAuditLogsReply> {
    return this.nats.request(Subject.QueryAuditLogs, { orgId, filter, ...page });
  }

  exportAuditLogs(orgId: string, filter: AuditLogFilter, format: AuditExportFormat, maxRows: number): Promise<ExportAuditLogsReply> {
    return this.nats.request(Subject.ExportAuditLogs, { orgId, filter, format, maxRows });
  }

  getRetention(orgId: string): Promise<AuditRetentionReply> {
    return this.nats.request(Subject.GetAuditRetention, { orgId });
  }

  setRetention(caller: Caller, days: number | null): Promise<AuditRetentionReply> {
    return this.nats.request(Subject.SetAuditRetention, { ...caller, days });
  }
}
