import { LicenceTier } from '@trueconfig/common';
import { TenantSettings } from '../settings/tenant-settings';

export interface SnapshotMeta {
  capturedAt?: string;
  licence?: LicenceTier;
  grantedPermissions?: string[];
  settings?: TenantSettings;
}

/**
 * DESIGN.md's snapshot: Graph paths mapped to what Graph returned (a collection as one array, a
 * singleton as its object, a failed read as `{ error: { status, code, message } }`), plus `_meta`.
 * A read the collector did not send holds `{ unavailable: { cause, message, permission? } }` with the
 * cause a live scan would report (`licence` above the tenant's tier, `permission`, `not-collected`).
 */
export interface TenantSnapshot {
  _meta?: SnapshotMeta;
  [path: string]: unknown;
}
