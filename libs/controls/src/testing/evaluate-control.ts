import { LicenceTier } from '@trueconfig/common';
import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { evaluateSnapshot } from '../evaluation/evaluate-snapshot';
import { TenantSnapshot } from '../evaluation/tenant-snapshot';
import { ControlDefinition } from '../model/control-definition';
import { TenantSettings } from '../settings/tenant-settings';

export const NOW = new Date('2026-11-27T09:00:00Z');

export interface RunOptions {
  settings?: TenantSettings;
  licence?: LicenceTier;
  pageSize?: number;
}

/** One control over a Graph-shaped snapshot, fed page by page like a scan (pages of 2 by default). */
export function evaluateControl(control: ControlDefinition, data: Record<string, unknown>, options: RunOptions = {}): EvaluatedControlResult {
  const snapshot: TenantSnapshot = { ...data, _meta: { capturedAt: NOW.toISOString(), licence: options.licence, settings: options.settings ?? {} } };
  const [result] = evaluateSnapshot(snapshot, { catalog: [control], pageSize: options.pageSize ?? 2 });
  return result;
}

/** Graph's licence gate (P1/P2 reports) and PIM's. */
export function licenceGate(code = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant') {
  return { error: { status: 403, code, message: "Neither tenant is B2C or tenant doesn't have premium license" } };
}

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}
