import { Injectable, Logger } from '@nestjs/common';
import { AuditPublisher, Caller } from '@trueconfig/common';

export enum TenantSettingsAuditCode {
  TENANT_SETTINGS_UPDATED = 'TENANT_SETTINGS_UPDATED',
  RISK_ACCEPTED = 'RISK_ACCEPTED',
  RISK_ACCEPTANCE_REVOKED = 'RISK_ACCEPTANCE_REVOKED',
}

/** Sync-log lines for settings changes, with the API key that made them as actor. */
@Injectable()
export class TenantSettingsAudit {
  private readonly logger = new Logger(TenantSettingsAudit.name);

  constructor(private readonly publisher: AuditPublisher) {}

  async record(caller: Caller, tenantId: string, code: TenantSettingsAuditCode, message: string, details: Record<string, unknown> = {}): Promise<void> {
    try {
      await this.publisher.publish({ orgId: caller.orgId, actor: caller.actor, tenantId, code, message, details });
    } catch (error) {
      // The change is saved; a lost log line is reported, not turned into a failed request.
      this.logger.error(`could not record ${code}: ${String(error)}`);
    }
  }
}
