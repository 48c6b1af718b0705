import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { IndexedSource } from '../graph/paged-collection';
import { Tenant } from '../tenants/tenant';

/** Audit entries for changes made through the control API, per tenant, oldest first. */
const RECORDED = new WeakMap<Tenant, DirectoryAudit[]>();

export function recordAudit(tenant: Tenant, entry: DirectoryAudit): void {
  const entries = RECORDED.get(tenant) ?? [];
  entries.push(entry);
  RECORDED.set(tenant, entries);
}

/** The recorded entries (newest first) ahead of the generated history, which is older than any of them. */
export function withRecordedAudits(tenant: Tenant, generated: IndexedSource<DirectoryAudit>): IndexedSource<DirectoryAudit> {
  const recorded = RECORDED.get(tenant) ?? [];
  return {
    total: recorded.length + generated.total,
    item: (index) => (index < recorded.length ? recorded[recorded.length - 1 - index] : generated.item(index - recorded.length)),
  };
}
