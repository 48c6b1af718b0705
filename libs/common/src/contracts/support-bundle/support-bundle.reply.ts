import { AuditEventDto } from '../shared/audit-log.dto';
import { ConnectionTestDto, TenantDto } from '../shared/tenant.dto';

/** The troubleshooting page's "Still need help?" list, gathered for support. Never the secret. */
export interface SupportBundleReply {
  generatedAt: string;
  tenant: TenantDto;
  clientId: string;
  directoryTenantId: string;
  grantedPermissions: string[];
  connectionTests: ConnectionTestDto[];
  /** Newest first; empty (with `syncLogError`) when the audit service did not answer. */
  syncLog: AuditEventDto[];
  syncLogError: string | null;
  instructions: string[];
}
