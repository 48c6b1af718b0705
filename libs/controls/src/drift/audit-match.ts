import { ControlResultDto } from '@trueconfig/common';
import { DatasetPath } from '../datasets/dataset-path';
import { changedDatasets } from './audit-datasets';
import type { DirectoryAuditEntry } from './control-drift';

/** What a changed control offers to recognise the audit entries behind its change. */
export interface DriftClues {
  /** Evidence ids of both results: objects (`ca-mfa`) and settings (`authorizationPolicy:allowInvitesFrom`). */
  evidenceIds: ReadonlySet<string>;
  datasets: ReadonlySet<DatasetPath>;
  activities: ReadonlySet<string>;
}

export function driftClues(results: ReadonlyArray<ControlResultDto | undefined>, datasets: readonly DatasetPath[] = [], activities: readonly string[] = []): DriftClues {
  const evidenceIds = new Set(results.flatMap((r) => r?.evidence ?? []).map((e) => e.id));
  return { evidenceIds, datasets: new Set(datasets), activities: new Set(activities) };
}

/**
 * An audit explains a control's change when it touched an object or setting in its evidence, or changed
 * one of its datasets (or is one of its audit activities) — unless the evidence names the settings of
 * that object at stake and the audit modified none of them (another setting of the same policy).
 */
export function explainsChange(audit: DirectoryAuditEntry, clues: DriftClues): boolean {
  const targets = audit.targetResources ?? [];
  if (targets.some((t) => t.id && clues.evidenceIds.has(t.id))) return true;
  if (targets.some((t) => settingsOf(t).some((s) => clues.evidenceIds.has(s)))) return true;
  const related = changedDatasets(audit).some((d) => clues.datasets.has(d)) || clues.activities.has(audit.activityDisplayName ?? '');
  return related && !targets.some((t) => namesOtherSettings(t, clues.evidenceIds));
}

type Target = NonNullable<DirectoryAuditEntry['targetResources']>[number];

/** `authorizationPolicy:allowInvitesFrom` for each modified property, as setting evidence is keyed. */
function settingsOf(target: Target): string[] {
  return target.id ? (target.modifiedProperties ?? []).map((p) => `${target.id}:${p.displayName}`) : [];
}

function namesOtherSettings(target: Target, evidenceIds: ReadonlySet<string>): boolean {
  if (!target.id || settingsOf(target).length === 0) return false;
  const prefix = `${target.id}:`;
  return [...evidenceIds].some((id) => id.startsWith(prefix));
}
