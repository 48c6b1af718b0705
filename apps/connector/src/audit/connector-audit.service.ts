import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditCode, AuditLevel, AuditPublisher, ConnectionTestDto, TenantDto } from '@trueconfig/common';
import { connectionTestDetails } from './connection-test-details';
import { ConnectorAuditCode } from './connector-audit-code';

export interface ConnectorAuditEvent {
  tenantId: string | null;
  code: AuditCode | ConnectorAuditCode;
  level: AuditLevel;
  message: string;
  details: Record<string, unknown>;
}

export interface AuditCaller {
  orgId: string;
  actor: string | null;
}

/**
 * The connector's sync-log lines. Details are built from DTOs that never hold a secret. A failed
 * publish is logged and swallowed: the user's connection must not fail because the log is down.
 */
@Injectable()
export class ConnectorAudit {
  private readonly logger = new Logger(ConnectorAudit.name);

  constructor(@Inject(AuditPublisher) private readonly publisher: AuditPublisher) {}

  connectionTested(caller: AuditCaller, test: ConnectionTestDto): Promise<void> {
    const verdict = test.ok ? 'passed' : 'failed';
    return this.publish(caller, {
      tenantId: test.tenantId,
      code: AuditCode.CONNECTION_TEST,
      level: levelOf(test),
      message: `Connection test ${verdict}: ${test.message}`,
      details: connectionTestDetails(test),
    });
  }

  tenantConnected(caller: AuditCaller, tenant: TenantDto, test: ConnectionTestDto): Promise<void> {
    return this.publish(caller, {
      tenantId: tenant.id,
      code: AuditCode.TENANT_CONNECTED,
      level: test.ok ? AuditLevel.INFO : AuditLevel.WARN,
      message: `Tenant "${tenant.displayName}" connected with status ${tenant.status}.`,
      details: { ...connectionTestDetails(test), status: tenant.status, displayName: tenant.displayName },
    });
  }

  connectFailed(caller: AuditCaller, test: ConnectionTestDto, tried: { directoryTenantId: string; clientId: string }): Promise<void> {
    return this.publish(caller, {
      tenantId: null,
      code: AuditCode.TENANT_CONNECT_FAILED,
      level: AuditLevel.ERROR,
      message: `Tenant connection failed, nothing was saved: ${test.message}`,
      details: { ...connectionTestDetails(test), directoryTenantId: tried.directoryTenantId, clientId: tried.clientId },
    });
  }

  /** Any other connector event; details must be secret-free (codes, ids, dates). */
  event(caller: AuditCaller, event: ConnectorAuditEvent): Promise<void> {
    return this.publish(caller, event);
  }

  private async publish(caller: AuditCaller, event: ConnectorAuditEvent): Promise<void> {
    try {
      await this.publisher.publish({ orgId: caller.orgId, actor: caller.actor, ...event });
    } catch (error) {
      this.logger.error(`audit event ${event.code} was not published: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }
}

function levelOf(test: ConnectionTestDto): AuditLevel {
  if (test.ok) return AuditLevel.INFO;
  return test.tokenAcquired ? AuditLevel.WARN : AuditLevel.ERROR;
}
