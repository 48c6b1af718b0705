import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NATS_CONNECTION, TENANT_DISCONNECTED_SUBJECT, TenantDisconnectedEvent } from '@trueconfig/common';
import { NatsConnection, Subscription } from 'nats';
import { DataSource } from 'typeorm';

/** The tenant's copies of its directory (users with names and sign-in activity): gone with the connection. */
const REPLICA_TABLES = ['replica_rows', 'replica_syncs', 'staged_pages', 'staged_seen'];

/**
 * A disconnected tenant's schedule stops, its queued or running scans are cancelled, and the scanner's
 * replica of its users is deleted (a reconnected tenant is read in full again). Every replica hears the
 * broadcast and applies it; every step is idempotent.
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
    await this.forgetReplica(event);
    this.logger.log({ msg: 'tenant disconnected: schedule stopped, active scans cancelled, replica deleted', tenantId: event.tenantId });
  }

  /** Only a tenant this organisation scanned: replica tables carry no organisation of their own. */
  private async forgetReplica(event: TenantDisconnectedEvent): Promise<void> {
    const owned: unknown[] = await this.dataSource.query('SELECT 1 FROM scanner.scans WHERE tenant_id = $1 AND org_id = $2 LIMIT 1', [event.tenantId, event.orgId]);
    if (owned.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      for (const table of REPLICA_TABLES) await manager.query(`DELETE FROM scanner.${table} WHERE tenant_id = $1`, [event.tenantId]);
    });
  }
}
