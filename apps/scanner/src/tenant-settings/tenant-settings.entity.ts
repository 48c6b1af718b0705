import { ApprovedExclusionsDto, ControlThresholdsDto, RiskAcceptanceDto } from '@trueconfig/common';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per configured tenant; a tenant without a row has the documented defaults. */
@Entity({ name: 'tenant_settings' })
export class TenantSettingsEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Column({ name: 'break_glass_accounts', type: 'jsonb' })
  breakGlassAccounts!: string[];

  @Column({ name: 'approved_exclusions', type: 'jsonb' })
  approvedExclusions!: Partial<ApprovedExclusionsDto>;

  @Column({ name: 'approved_applications', type: 'jsonb' })
  approvedApplications!: string[];

  /** Only the thresholds set explicitly; the rest follow the library's defaults. */
  @Column({ type: 'jsonb' })
  thresholds!: Partial<ControlThresholdsDto>;

  @Column({ name: 'risk_acceptances', type: 'jsonb' })
  riskAcceptances!: RiskAcceptanceDto[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The API key that made the last change. */
  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
