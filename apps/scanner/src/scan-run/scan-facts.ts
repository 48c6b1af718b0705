import { LicenceTier } from '@trueconfig/common';

/** What a scan learns before reading the catalog's datasets, and what shapes the requests it sends. */
export interface ScanFacts {
  /** From the tenant's subscribed SKUs; null when they could not be read (every dataset is then tried). */
  licence: LicenceTier | null;
  /** The application permissions in the scan's token, when the connector reports them. */
  grantedPermissions?: readonly string[];
  /** Start of the tenant's previous finished scan: directory audits are read from there on. */
  previousScanStartedAt: Date | null;
}
