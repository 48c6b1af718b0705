import { ReplicaRow } from './replica.store';

export interface ReplicaChanges {
  upserts: ReplicaRow[];
  removals: string[];
}

/** A delta page's rows: objects to keep (without OData annotations) and ids marked `@removed`. */
export function toReplicaChanges(rows: readonly unknown[]): ReplicaChanges {
  const changes: ReplicaChanges = { upserts: [], removals: [] };
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || typeof (row as { id?: unknown }).id !== 'string') continue;
    const record = row as Record<string, unknown> & { id: string };
    if ('@removed' in record) {
      changes.removals.push(record.id);
      continue;
    }
    changes.upserts.push({ id: record.id, data: withoutAnnotations(record) });
  }
  return changes;
}

/** Most rows carry no annotation: those are kept as they are, without a copy (100,000 users make this show). */
function withoutAnnotations(record: Record<string, unknown>): Record<string, unknown> {
  const annotated = Object.keys(record).some((key) => key.startsWith('@'));
  return annotated ? Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('@'))) : record;
}

/** The users a registration report page shows with MFA registered: ID-01's join keys. */
export function registeredIds(rows: readonly unknown[]): string[] {
  const ids: string[] = [];
  for (const row of rows) {
    const registration = row as { id?: unknown; isMfaRegistered?: unknown } | null;
    if (typeof registration?.id === 'string' && registration.isMfaRegistered === true) ids.push(registration.id);
  }
  return ids;
}
