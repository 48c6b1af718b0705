import { ControlResultDto, ControlStatus } from '@trueconfig/common';
import { ControlDefinition } from '../model/control-definition';
import { driftClues, explainsChange } from './audit-match';

/** A directory audit entry, as Graph returns it (v1.0/auditLogs/directoryAudits). */
export interface DirectoryAuditEntry {
  id: string;
  activityDisplayName?: string;
  activityDateTime?: string;
  result?: string;
  initiatedBy?: { user?: { id?: string | null; userPrincipalName?: string | null } | null; app?: { appId?: string | null; displayName?: string | null } | null };
  targetResources?: Array<{ id?: string | null; displayName?: string | null; type?: string | null; modifiedProperties?: Array<{ displayName?: string | null; oldValue?: string | null; newValue?: string | null }> }>;
}

export interface DriftChange {
  auditId: string;
  activity: string;
  /** UPN of the user, or the app's name, who made the change. */
  actor: string;
  at: string;
  target: string;
  /** "displayName: old → new" for each modified property. */
  modified: string[];
}

export interface ControlDrift {
  controlId: string;
  title: string;
  previous: ControlStatus | null;
  current: ControlStatus | null;
  /** The audit entries that most likely explain the change, newest first. */
  changes: DriftChange[];
}

const MAX_CHANGES = 5;

export type DriftCatalogEntry = Pick<ControlDefinition, 'id'> & Partial<Pick<ControlDefinition, 'auditActivities' | 'datasets'>>;

/**
 * Controls whose status changed between two scans (added or removed controls included). Directory
 * audits since the previous scan are matched to a control when they touch an object or setting in
 * either result's evidence, change one of the control's datasets, or are one of its `auditActivities`
 * (see `explainsChange`).
 */
export function computeDrift(
  previous: readonly ControlResultDto[],
  current: readonly ControlResultDto[],
  audits: readonly DirectoryAuditEntry[] = [],
  catalog: readonly DriftCatalogEntry[] = [],
): ControlDrift[] {
  const before = new Map(previous.map((r) => [r.controlId, r]));
  const after = new Map(current.map((r) => [r.controlId, r]));
  const ids = [...new Set([...after.keys(), ...before.keys()])];
  const controls = new Map(catalog.map((c) => [c.id, c]));
  const drift: ControlDrift[] = [];
  for (const id of ids) {
    const old = before.get(id);
    const now = after.get(id);
    if (old?.status === now?.status) continue;
    const clues = driftClues([old, now], controls.get(id)?.datasets, controls.get(id)?.auditActivities);
    const matching = audits.filter((a) => explainsChange(a, clues));
    drift.push({ controlId: id, title: (now ?? old)?.title ?? id, previous: old?.status ?? null, current: now?.status ?? null, changes: newestFirst(matching).slice(0, MAX_CHANGES).map(toChange) });
  }
  return drift;
}

function newestFirst(audits: DirectoryAuditEntry[]): DirectoryAuditEntry[] {
  return [...audits].sort((a, b) => Date.parse(b.activityDateTime ?? '') - Date.parse(a.activityDateTime ?? ''));
}

function toChange(audit: DirectoryAuditEntry): DriftChange {
  const target = audit.targetResources?.[0];
  return {
    auditId: audit.id,
    activity: audit.activityDisplayName ?? 'unknown activity',
    actor: audit.initiatedBy?.user?.userPrincipalName ?? audit.initiatedBy?.app?.displayName ?? 'unknown',
    at: audit.activityDateTime ?? '',
    target: target?.displayName ?? target?.id ?? '',
    modified: (target?.modifiedProperties ?? []).map((p) => `${p.displayName}: ${p.oldValue ?? 'null'} → ${p.newValue ?? 'null'}`),
  };
}
