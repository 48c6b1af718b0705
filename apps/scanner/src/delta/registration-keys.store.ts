import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RegistrationKey {
  id: string;
  registered: boolean;
}

/** scanner.registration_keys: each user's isMfaRegistered from the registration report, narrow rows for ID-01's join. */
@Injectable()
export class RegistrationKeysStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async upsert(tenantId: string, scanId: string, keys: readonly RegistrationKey[]): Promise<void> {
    if (keys.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO scanner.registration_keys (tenant_id, object_id, registered, scan_id)
       SELECT $1, k.id, k.registered, $2 FROM jsonb_to_recordset($3::jsonb) AS k(id text, registered boolean)
       ON CONFLICT (tenant_id, object_id) DO UPDATE SET registered = excluded.registered, scan_id = excluded.scan_id`,
      // JSON rather than two Postgres arrays: serialised natively, not escaped id by id.
      [tenantId, scanId, JSON.stringify(keys.map((key) => ({ id: key.id, registered: key.registered })))],
    );
  }

  /** The report was read in full: users it no longer lists are gone from it. */
  async dropKeysNotFrom(tenantId: string, scanId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM scanner.registration_keys WHERE tenant_id = $1 AND scan_id <> $2', [tenantId, scanId]);
  }
}
