import { Injectable, Logger } from '@nestjs/common';
import { AuditEventInput, AuditPublisher } from '@trueconfig/common';
import { Principal } from '../auth/principal';

export enum GatewayAuditCode {
  API_KEY_CREATED = 'API_KEY_CREATED',
  API_KEY_REVOKED = 'API_KEY_REVOKED',
  AUDIT_RETENTION_SET = 'AUDIT_RETENTION_SET',
}

/** Sync-log lines for changes the gateway makes itself, with the calling key as actor. */
@Injectable()
export class GatewayAudit {
  private readonly logger = new Logger(GatewayAudit.name);

  constructor(private readonly publisher: AuditPublisher) {}

  async record(principal: Principal, event: Pick<AuditEventInput, 'code' | 'message' | 'details'>): Promise<void> {
    try {
      await this.publisher.publish({ ...event, orgId: principal.orgId, actor: principal.keyId });
    } catch (error) {
      // The change is made; a lost log line is reported, not turned into a failed request.
      this.logger.error(`could not record ${event.code}: ${String(error)}`);
    }
  }
}
