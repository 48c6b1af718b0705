import { Inject, Injectable } from '@nestjs/common';
import { ControlResultDto } from '@trueconfig/common';
import { DataSource } from 'typeorm';

/** Upserts by (scan_id, control_id): storing a scan's results twice leaves one row per control. */
@Injectable()
export class ControlResultStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async saveAll(scanId: string, results: readonly ControlResultDto[]): Promise<void> {
    if (results.length === 0) return;
    const values: unknown[] = [];
    const rows = results.map((result, index) => {
      values.push(scanId, result.controlId, result.title, result.status, result.summary, result.metric, result.affectedCount, JSON.stringify(result.evidence));
      const base = index * 8;
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7}, $${base + 8}::jsonb)`;
    });
    await this.dataSource.query(
      `INSERT INTO scanner.control_results (scan_id, control_id, title, status, summary, metric, affected_count, evidence)
       VALUES ${rows.join(', ')}
       ON CONFLICT (scan_id, control_id) DO UPDATE
         SET title = EXCLUDED.title, status = EXCLUDED.status, summary = EXCLUDED.summary, metric = EXCLUDED.metric,
             affected_count = EXCLUDED.affected_count, evidence = EXCLUDED.evidence, evaluated_at = now()`,
      values,
    );
  }
}
