import { DatasetUnavailability } from '../model/dataset-availability';
import { DatasetDefinition } from './dataset-definition';

/** A failed Graph read, as Graph's error body or the Graph client's GraphError describe it. */
export interface GraphFailure {
  status: number;
  code?: string;
  message: string;
}

const LICENCE_CODES = new Set(['Authentication_RequestFromNonPremiumTenantOrB2CTenant', 'AadPremiumLicenseRequired']);

/**
 * Turns a failed read into the reason a control reports. A 403 names the permission actually missing:
 * the first of the dataset's permissions the token was not granted (or the least privileged one when
 * the grants are unknown).
 */
export function classifyDatasetFailure(
  dataset: DatasetDefinition,
  failure: GraphFailure,
  grantedPermissions?: readonly string[],
): DatasetUnavailability {
  const base = { status: failure.status, code: failure.code, message: failure.message };
  if (failure.code && LICENCE_CODES.has(failure.code)) return { cause: 'licence', ...base };
  if (failure.status === 403) {
    const missing = missingPermission(dataset, grantedPermissions);
    if (missing) return { cause: 'permission', permission: missing, ...base };
  }
  return { cause: 'error', ...base };
}

function missingPermission(dataset: DatasetDefinition, granted?: readonly string[]): string | undefined {
  if (!granted) return dataset.permissions[0];
  if (dataset.permissions.some((p) => granted.includes(p))) return undefined;
  return dataset.permissions[0];
}
