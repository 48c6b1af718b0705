import { RegistrationKey } from './registration-keys.store';
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

/** Registration rows as ID-01's join reads them (the evaluation gets the rows whole). */
export function registrationKeys(rows: readonly unknown[]): RegistrationKey[] {
  const keys: RegistrationKey[] = [];
  for (const row of rows) {
    const id = (row as { id?: unknown } | null)?.id;
    if (typeof id === 'string') keys.push({ id, registered: (row as { isMfaRegistered?: unknown }).isMfaRegistered === true });
  }
  return keys;
}
