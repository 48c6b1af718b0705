import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GraphBucket } from './graph-limits';

export interface Reservation {
  tenantId: string;
  bucket: GraphBucket;
  units: number;
  /** Most units the bucket holds when idle. */
  burst: number;
  /** Units refilled per millisecond. */
  perMs: number;
}

/**
 * Token buckets in Postgres, one row per tenant and budget, shared by every replica. A reservation is
 * one atomic upsert on the database clock: refill since the last one (up to `burst`), subtract the
 * cost, and answer how long the caller must wait before sending (0 while the balance stays positive).
 * Callers queue in the order the row lock grants them, like Graph's own bucket.
 */
@Injectable()
export class GraphBudgetStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async reserve(r: Reservation): Promise<number> {
    const rows: Array<{ tokens: number }> = await this.dataSource.query(
      `INSERT INTO scanner.graph_budgets AS b (tenant_id, bucket, tokens, refreshed_at)
       VALUES ($1, $2, $3::float8 - $4::float8, clock_timestamp())
       ON CONFLICT (tenant_id, bucket) DO UPDATE SET
         tokens = LEAST($3::float8, b.tokens + EXTRACT(EPOCH FROM clock_timestamp() - b.refreshed_at) * 1000 * $5::float8) - $4::float8,
         refreshed_at = clock_timestamp()
       RETURNING tokens`,
      [r.tenantId, r.bucket, r.burst, r.units, r.perMs],
    );
    const tokens = Number(rows[0]?.tokens ?? 0);
    return tokens >= 0 ? 0 : Math.ceil(-tokens / r.perMs);
  }

  /**
   * Graph answered 429 with Retry-After `ms`: the balance drops to what refills in that time below zero
   * (unless it is lower already), so every replica's next reservation waits at least as long.
   */
  async hold(r: Reservation, ms: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scanner.graph_budgets AS b (tenant_id, bucket, tokens, refreshed_at)
       VALUES ($1, $2, -$3::float8 * $4::float8, clock_timestamp())
       ON CONFLICT (tenant_id, bucket) DO UPDATE SET
         tokens = LEAST(LEAST($5::float8, b.tokens + EXTRACT(EPOCH FROM clock_timestamp() - b.refreshed_at) * 1000 * $4::float8), -$3::float8 * $4::float8),
         refreshed_at = clock_timestamp()`,
      [r.tenantId, r.bucket, ms, r.perMs, r.burst],
    );
  }
}
