import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { QueryAuditLogsReply, QueryAuditLogsRequest, Subject } from '@trueconfig/common';
import { AuditLogQuery } from './audit-log.query';

@Controller()
export class AuditLogController {
  constructor(private readonly query: AuditLogQuery) {}

  @MessagePattern(Subject.QueryAuditLogs)
  queryAuditLogs(@Payload() request: QueryAuditLogsRequest): Promise<QueryAuditLogsReply> {
    return this.query.page(request);
  }
}
