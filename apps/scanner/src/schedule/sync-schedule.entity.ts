import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'sync_schedules' })
export class SyncScheduleEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  /** Null for a cron schedule: exactly one of interval and cron is set. */
  @Column({ name: 'interval_seconds', type: 'integer', nullable: true })
  intervalSeconds!: number | null;

  /** Five fields, single-spaced; null for an interval schedule. */
  @Column({ type: 'text', nullable: true })
  cron!: string | null;

  /** IANA zone the cron is read in; set exactly when cron is. */
  @Column({ type: 'text', nullable: true })
  timezone!: string | null;

  /** Where in each interval this tenant's runs fall, chosen once so tenants spread out; 0 for cron. */
  @Column({ name: 'offset_seconds', type: 'integer' })
  offsetSeconds!: number;

  /** Minutes after midnight UTC; null: any time. */
  @Column({ name: 'window_start_minute', type: 'smallint', nullable: true })
  windowStartMinute!: number | null;

  @Column({ name: 'window_end_minute', type: 'smallint', nullable: true })
  windowEndMinute!: number | null;

  @Column({ name: 'next_run_at', type: 'timestamptz', nullable: true })
  nextRunAt!: Date | null;

  @Column({ name: 'last_run_at', type: 'timestamptz', nullable: true })
  lastRunAt!: Date | null;

  @Column({ name: 'last_scan_id', type: 'uuid', nullable: true })
  lastScanId!: string | null;
}
