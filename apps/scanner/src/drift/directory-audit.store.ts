import { Inject, Injectable } from '@nestjs/common';
import { DirectoryAuditEntry } from '@trueconfig/controls';
import { DataSource } from 'typeorm';

/** The directory audit entries a scan read (since the previous scan), kept so drift can explain changes. */
@Injectable()
export class DirectoryAuditStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Idempotent: a re-run of the scan replaces its entries. */
  async save(scanId: string, entries: readonly unknown[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scanner.scan_directory_audits (scan_id, entries) VALUES ($1, $2::jsonb)
       ON CONFLICT (scan_id) DO UPDATE SET entries = EXCLUDED.entries`,
      [scanId, JSON.stringify(entries)],
    );
  }

  /** Null when the scan collected none (no previous scan, or no AuditLog.Read.All). */
  async find(scanId: string): Promise<DirectoryAuditEntry[] | null> {
    const rows: Array<{ entries: DirectoryAuditEntry[] }> = await this.dataSource.query('SELECT entries FROM scanner.scan_directory_audits WHERE scan_id = $1', [scanId]);
    return rows[0]?.entries ?? null;
  }
}
