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

  /** Touched by every progress write: a running scan that stops touching it was abandoned. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
