import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ExportAuditLogsReply, ExportAuditLogsRequest, Subject } from '@trueconfig/common';
import { AuditExportService } from './audit-export.service';

@Controller()
export class AuditExportController {
  constructor(private readonly exporter: AuditExportService) {}

  @MessagePattern(Subject.ExportAuditLogs)
  exportAuditLogs(@Payload() request: ExportAuditLogsRequest): Promise<ExportAuditLogsReply> {
    return this.exporter.export(request);
  }
}
