import { ReplicaRow } from './replica.store';

/**
 * A page of replica rows as two JSON array parameters, ids and data, zipped back in Postgres: the data
 * is serialised once as it is stored (no per-row wrapper to build, parse and unwrap again).
 */
export function replicaRowsParams(rows: readonly ReplicaRow[]): { ids: string; data: string } {
  return { ids: JSON.stringify(rows.map((row) => row.id)), data: JSON.stringify(rows.map((row) => row.data)) };
}

/** The rows of `replicaRowsParams` as `t(id, data, ordinality)`, given the two parameters' placeholders. */
export function replicaRowsFrom(placeholders: { ids: string; data: string }): string {
  return `ROWS FROM (jsonb_array_elements_text(${placeholders.ids}::jsonb), jsonb_array_elements(${placeholders.data}::jsonb)) WITH ORDINALITY AS t(id, data, ordinality)`;
}
