import { EvidenceItemDto } from '@trueconfig/common';
import { DEFAULT_EVIDENCE_CAP } from '../util/evidence-list';

export function capped(items: readonly EvidenceItemDto[], cap = DEFAULT_EVIDENCE_CAP): EvidenceItemDto[] {
  return items.slice(0, cap);
}

export function policyItem(kind: string, id: string, displayName: string, detail: string): EvidenceItemDto {
  return { kind, id, displayName, detail };
}

export function userItem(id: string, displayName: string | undefined | null, detail: string, userPrincipalName?: string | null): EvidenceItemDto {
  return { kind: 'user', id, displayName: displayName ?? userPrincipalName ?? id, detail: userPrincipalName ? `${userPrincipalName}: ${detail}` : detail };
}

export function settingItem(policyId: string, policyName: string, setting: string, value: unknown, expected: string): EvidenceItemDto {
  return { kind: 'setting', id: `${policyId}:${setting}`, displayName: `${policyName}: ${setting}`, detail: `is ${JSON.stringify(value ?? null)}; expected ${expected}` };
}
