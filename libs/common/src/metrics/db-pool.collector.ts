import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { metricsRegistry } from './metrics-registry';

/** The slice of pg's Pool that TypeORM's Postgres driver keeps as `master`. */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

const dataSources = new Set<DataSource>();

/** Reports this DataSource's Postgres pool on each scrape. Returns an unwatch. */
export function watchDbPool(dataSource: DataSource): () => void {
  dataSources.add(dataSource);
  return () => dataSources.delete(dataSource);
}

function pools(): PgPoolCounts[] {
  return [...dataSources]
    .filter((d) => d.isInitialized)
    .map((d) => (d.driver as unknown as { master?: PgPoolCounts }).master)
    .filter((pool): pool is PgPoolCounts => pool !== undefined);
}

const sum = (pick: (pool: PgPoolCounts) => number) => pools().reduce((total, pool) => total + pick(pool), 0);

new Gauge({
  name: 'trueconfig_db_pool_connections',
  help: 'Postgres pool connections by state: total (open), idle, in_use, waiting (queries queued for one).',
  labelNames: ['state'],
  registers: [metricsRegistry],
  collect() {
    this.set({ state: 'total' }, sum((p) => p.totalCount));
    this.set({ state: 'idle' }, sum((p) => p.idleCount));
    this.set({ state: 'in_use' }, sum((p) => p.totalCount - p.idleCount));
    this.set({ state: 'waiting' }, sum((p) => p.waitingCount));
  },
});

new Gauge({
  name: 'trueconfig_db_pool_max_connections',
  help: 'The most connections the Postgres pool opens (DATABASE_POOL_SIZE).',
  registers: [metricsRegistry],
  collect() {
    this.set(sum((p) => p.options?.max ?? 0));
  },
});
