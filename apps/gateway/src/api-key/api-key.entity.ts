import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ApiKeyRole } from './api-key-role.enum';

/** Only the prefix (to find the row) and a SHA-256 of the whole key are stored: the key is shown once. */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @Column({ type: 'text' })
  role!: ApiKeyRole;

  @Column({ type: 'text', nullable: true })
  name?: string | null;

  @Column({ type: 'text', unique: true })
  prefix!: string;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
