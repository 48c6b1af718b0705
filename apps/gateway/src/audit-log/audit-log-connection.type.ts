import { ConnectionType } from '../pagination/connection.type';
import { AuditLog } from './audit-log.type';

export const AuditLogConnection = ConnectionType('AuditLog', AuditLog);
