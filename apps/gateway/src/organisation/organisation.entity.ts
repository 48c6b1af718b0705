import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every tenant, scan, result and log line belongs to one organisation; API keys act for one. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
