import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AuditLevel } from '@trueconfig/common';
import { ConnectorAuditCode } from '../audit/connector-audit-code';
import { AuditCaller, ConnectorAudit } from '../audit/connector-audit.service';
import { TenantEntity } from '../tenants/tenant.entity';
import { TenantsStore } from '../tenants/tenants.store';
import { reachedSecretWarnings } from './secret-warnings';

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Publishes each secret warning once per tenant and secret, after a test and in an hourly sweep. */
@Injectable()
export class SecretWarningAnnouncer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SecretWarningAnnouncer.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectorAudit) private readonly audit: ConnectorAudit,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
    void this.sweep();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    try {
      for (const tenant of await this.tenants.withSecrets()) await this.announce(tenant, { orgId: tenant.orgId, actor: null });
    } catch (error) {
      this.logger.error(`secret warning sweep failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }

  async announce(tenant: TenantEntity, caller: AuditCaller, now = new Date()): Promise<void> {
    if (tenant.secretCiphertext === null) return;
    const sent = tenant.secretWarningsSent ?? [];
    const fresh = reachedSecretWarnings(tenant, now).filter((warning) => !sent.includes(warning.code));
    if (fresh.length === 0) return;
    if (!(await this.tenants.claimSecretWarnings(tenant.id, sent, [...sent, ...fresh.map((w) => w.code)]))) return;
    for (const warning of fresh) {
      await this.audit.event(caller, {
        tenantId: tenant.id,
        code: ConnectorAuditCode.SECRET_WARNING,
        level: AuditLevel.WARN,
        message: warning.message,
        details: { warning: warning.code, secretExpiresAt: tenant.secretExpiresAt?.toISOString() ?? null, secretHint: tenant.secretHint },
      });
    }
  }
}
