import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NATS_CONNECTION, TENANT_DISCONNECTED_SUBJECT, TenantDisconnectedEvent } from '@trueconfig/common';
import { NatsConnection, Subscription } from 'nats';
import { DataSource } from 'typeorm';

/**
 * A disconnected tenant's schedule stops and its queued or running scans are cancelled. Every replica
 * hears the broadcast and applies it; both updates are idempotent.
 */
@Injectable()
export class TenantDisconnectedListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TenantDisconnectedListener.name);
  private subscription?: Subscription;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.nc.subscribe(TENANT_DISCONNECTED_SUBJECT, {
      callback: (error, message) => {
        if (error) return this.logger.warn({ msg: 'tenant-disconnected subscription failed', error: String(error) });
        void this.apply(message.json<TenantDisconnectedEvent>()).catch((failure: unknown) =>
          this.logger.error({ msg: 'disconnected tenant not applied', error: String(failure) }),
        );
      },
    });
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }

  async apply(event: TenantDisconnectedEvent): Promise<void> {
    if (typeof event?.tenantId !== 'string' || typeof event.orgId !== 'string') return;
    await this.dataSource.query('UPDATE scanner.sync_schedules SET enabled = false, next_run_at = NULL, updated_at = now() WHERE tenant_id = $1 AND org_id = $2', [
      event.tenantId,
      event.orgId,
    ]);
    await this.dataSource.query(
      `UPDATE scanner.scans
          SET cancel_requested_at = coalesce(cancel_requested_at, now()),
              status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,
              finished_at = CASE WHEN status = 'QUEUED' THEN now() ELSE finished_at END,
              progress = CASE WHEN status = 'QUEUED' THEN 100 ELSE progress END,
              phase = CASE WHEN status = 'QUEUED' THEN 'finished' ELSE 'cancelling' END,
              updated_at = now()
        WHERE tenant_id = $1 AND org_id = $2 AND status IN ('QUEUED', 'RUNNING')`,
      [event.tenantId, event.orgId],
    );
    this.logger.log({ msg: 'tenant disconnected: schedule stopped, active scans cancelled', tenantId: event.tenantId });
  }
}
