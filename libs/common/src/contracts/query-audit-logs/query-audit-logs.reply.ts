import { AuditEventDto } from '../shared/audit-log.dto';
import { Page } from '../shared/page';

export type QueryAuditLogsReply = Page<AuditEventDto>;
