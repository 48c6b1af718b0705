import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ConnectionCheckDto, ErrorCode, LicenceTier, PermissionCheckDto } from '@trueconfig/common';

/**
 * Connection test history. A failed first connection has no tenant (nothing was saved) but is kept
 * for the organisation, with the IDs that were tried, so support can see it.
 */
@Entity({ name: 'connection_tests' })
@Index('connection_tests_tenant_tested_idx', ['tenantId', 'testedAt'])
export class ConnectionTestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Column({ name: 'tenant_id', type: 'uuid', nullable: true })
  tenantId!: string | null;

  @Column({ name: 'directory_tenant_id', type: 'text' })
  directoryTenantId!: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ type: 'boolean' })
  ok!: boolean;

  @Column({ name: 'token_acquired', type: 'boolean' })
  tokenAcquired!: boolean;

  @Column({ name: 'entra_error_code', type: 'text', nullable: true })
  entraErrorCode!: string | null;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: ErrorCode | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'jsonb' })
  remediation!: string[];

  @Column({ type: 'jsonb' })
  permissions!: PermissionCheckDto[];

  @Column({ name: 'admin_consent', type: 'boolean', nullable: true })
  adminConsent!: boolean | null;

  @Column({ name: 'graph_reachable', type: 'boolean', nullable: true })
  graphReachable!: boolean | null;

  @Column({ name: 'licence_tier', type: 'text', nullable: true })
  licenceTier!: LicenceTier | null;

  @Column({ name: 'secret_expires_at', type: 'timestamptz', nullable: true })
  secretExpiresAt!: Date | null;

  @Column({ type: 'jsonb' })
  checks!: ConnectionCheckDto[];

  @Column({ type: 'text', nullable: true })
  actor!: string | null;

  @Column({ name: 'tested_at', type: 'timestamptz' })
  testedAt!: Date;
}
