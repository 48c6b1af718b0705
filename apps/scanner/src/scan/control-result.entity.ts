import { ControlAcceptanceDto, ControlStatus, EvidenceItemDto } from '@trueconfig/common';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Keyed by (scan, control): a re-run of the same scan overwrites, never duplicates. */
@Entity({ name: 'control_results' })
export class ControlResultEntity {
  @PrimaryColumn({ name: 'scan_id', type: 'uuid' })
  scanId!: string;

  @PrimaryColumn({ name: 'control_id', type: 'text' })
  controlId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  status!: ControlStatus;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'double precision', nullable: true })
  metric!: number | null;

  @Column({ name: 'affected_count', type: 'integer' })
  affectedCount!: number;

  @Column({ type: 'jsonb' })
  evidence!: EvidenceItemDto[];

  /** The risk acceptance that applied when evaluated (FAIL or WARN only). */
  @Column({ type: 'jsonb', nullable: true })
  acceptance!: ControlAcceptanceDto | null;

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;
}
