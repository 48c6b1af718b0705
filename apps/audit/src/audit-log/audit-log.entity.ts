import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AuditLevel } from '@trueconfig/common';

/** Append-only: a row is written once per event id and never updated. */
@Entity({ name: 'audit_logs' })
@Index('audit_logs_org_at_idx', ['orgId', 'at', 'id'])
export class AuditLogEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Column({ name: 'tenant_id', type: 'text', nullable: true })
  tenantId!: string | null;

  @Column({ name: 'scan_id', type: 'text', nullable: true })
  scanId!: string | null;

  @Column({ type: 'text' })
  service!: string;

  @Column({ type: 'text' })
  level!: AuditLevel;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  actor!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
