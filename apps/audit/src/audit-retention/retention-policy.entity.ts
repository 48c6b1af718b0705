import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's own retention; organisations without a row get AUDIT_RETENTION_DAYS. */
@Entity({ name: 'retention_policies' })
export class RetentionPolicyEntity {
  @PrimaryColumn({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Column({ type: 'integer' })
  days!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;
}
