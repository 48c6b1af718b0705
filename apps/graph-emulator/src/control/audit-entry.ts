import type { DirectoryAudit, ModifiedProperty } from '@microsoft/microsoft-graph-types';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenants/tenant';
import { AuditActor, initiatedBy } from './audit-actor';

export interface AuditedChange {
  category: string;
  activity: string;
  target: { id: string; displayName: string; type: string };
  modifiedProperties: ModifiedProperty[];
}

/** A directory audit entry as Graph returns it from v1.0/auditLogs/directoryAudits. */
export function auditEntry(tenant: Tenant, actor: AuditActor | undefined, change: AuditedChange, at = new Date()): DirectoryAudit {
  return {
    id: `Directory_${randomUUID()}`,
    category: change.category,
    correlationId: randomUUID(),
    activityDisplayName: change.activity,
    activityDateTime: at.toISOString(),
    loggedByService: 'Core Directory',
    operationType: 'Update',
    result: 'success',
    resultReason: '',
    initiatedBy: initiatedBy(tenant, actor),
    targetResources: [{ ...change.target, userPrincipalName: null, groupType: null, modifiedProperties: change.modifiedProperties }],
    additionalDetails: [],
  };
}

/** Each leaf that differs between two views of an object, named by its dotted path, values as JSON. */
export function modifiedProperties(before: unknown, after: unknown, path = ''): ModifiedProperty[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => modifiedProperties(before[key], after[key], path ? `${path}.${key}` : key));
  }
  const [oldValue, newValue] = [JSON.stringify(before ?? null), JSON.stringify(after ?? null)];
  return oldValue === newValue ? [] : [{ displayName: path, oldValue, newValue }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
