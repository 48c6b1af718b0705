import { Inject, Injectable } from '@nestjs/common';
import { EvaluatedControlResult, MAX_EVIDENCE } from '@trueconfig/controls';
import { DataSource } from 'typeorm';

const COLUMNS = 9;

/**
 * Upserts by (scan_id, control_id): storing a scan's results twice leaves one row per control. Each
 * result keeps its risk acceptance when one applied; evidence is capped at MAX_EVIDENCE items.
 */
@Injectable()
export class ControlResultStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async saveAll(scanId: string, results: readonly EvaluatedControlResult[]): Promise<void> {
    if (results.length === 0) return;
    const values: unknown[] = [];
    const rows = results.map((result, index) => {
      const evidence = JSON.stringify(result.evidence.slice(0, MAX_EVIDENCE));
      const acceptance = result.acceptance ? JSON.stringify(result.acceptance) : null;
      values.push(scanId, result.controlId, result.title, result.status, result.summary, result.metric, result.affectedCount, evidence, acceptance);
      const base = index * COLUMNS;
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7}, $${base + 8}::jsonb, $${base + 9}::jsonb)`;
    });
    await this.dataSource.query(
      `INSERT INTO scanner.control_results (scan_id, control_id, title, status, summary, metric, affected_count, evidence, acceptance)
       VALUES ${rows.join(', ')}
       ON CONFLICT (scan_id, control_id) DO UPDATE
         SET title = EXCLUDED.title, status = EXCLUDED.status, summary = EXCLUDED.summary, metric = EXCLUDED.metric,
             affected_count = EXCLUDED.affected_count, evidence = EXCLUDED.evidence, acceptance = EXCLUDED.acceptance, evaluated_at = now()`,
      values,
    );
  }
}
