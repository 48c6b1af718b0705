import { AppErrorPayload, ScanStatus, ScanTrigger } from '@trueconfig/common';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'scans' })
export class ScanEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  status!: ScanStatus;

  @Column({ type: 'text' })
  trigger!: ScanTrigger;

  @Column({ type: 'text' })
  phase!: string;

  @Column({ type: 'smallint' })
  progress!: number;

  @Column({ type: 'jsonb' })
  warnings!: string[];

  @Column({ type: 'jsonb', nullable: true })
  error!: AppErrorPayload | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Touched by every progress write. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** A manual scan requested while a scheduled one ran waits behind it (the scheduled scan's id). */
  @Column({ name: 'queued_behind', type: 'uuid', nullable: true })
  queuedBehind!: string | null;

  @Column({ name: 'cancel_requested_at', type: 'timestamptz', nullable: true })
  cancelRequestedAt!: Date | null;

  /** Deliveries of the job that started running it (more than one: a worker died and another took over). */
  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'integer' })
  requests!: number;

  @Column({ type: 'integer' })
  throttled!: number;

  @Column({ type: 'integer' })
  retries!: number;

  @Column({ name: 'give_ups', type: 'integer' })
  giveUps!: number;
}
