import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ConnectionMode, TenantStatus, TokenFailureDto } from '@trueconfig/common';

/**
 * A connected Microsoft 365 tenant. The client secret exists here only as AES-256-GCM ciphertext
 * (with IV, auth tag and key id); the secret columns are nullable because disconnecting deletes them.
 */
@Entity({ name: 'tenants' })
@Index('tenants_org_created_idx', ['orgId', 'createdAt', 'id'])
export class TenantEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'directory_tenant_id', type: 'text' })
  directoryTenantId!: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ type: 'text' })
  status!: TenantStatus;

  @Column({ name: 'secret_ciphertext', type: 'bytea', nullable: true })
  secretCiphertext!: Buffer | null;

  @Column({ name: 'secret_iv', type: 'bytea', nullable: true })
  secretIv!: Buffer | null;

  @Column({ name: 'secret_auth_tag', type: 'bytea', nullable: true })
  secretAuthTag!: Buffer | null;

  @Column({ name: 'secret_key_id', type: 'text', nullable: true })
  secretKeyId!: string | null;

  /** Bumped whenever the secret changes, so cached credentials of the old secret are dropped. */
  @Column({ name: 'secret_version', type: 'integer' })
  secretVersion!: number;

  @Column({ name: 'secret_hint', type: 'text' })
  secretHint!: string;

  @Column({ name: 'secret_entered_at', type: 'timestamptz' })
  secretEnteredAt!: Date;

  @Column({ name: 'secret_expires_at', type: 'timestamptz', nullable: true })
  secretExpiresAt!: Date | null;

  @Column({ name: 'connection_mode', type: 'text' })
  connectionMode!: ConnectionMode;

  /** Codes of the secret warnings already published, so each threshold is announced once. */
  @Column({ name: 'secret_warnings_sent', type: 'jsonb' })
  secretWarningsSent!: string[];

  @Column({ name: 'last_token_failure', type: 'jsonb', nullable: true })
  lastTokenFailure!: TokenFailureDto | null;

  @Column({ name: 'disconnected_at', type: 'timestamptz', nullable: true })
  disconnectedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
