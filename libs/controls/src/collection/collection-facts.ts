import { LicenceTier } from '@trueconfig/common';

/** What a reader learns before reading the catalog's datasets, and what shapes the requests it sends. */
export interface CollectionFacts {
  /** From the tenant's subscribed SKUs; null when they could not be read (every dataset is then tried). */
  licence: LicenceTier | null;
  /** The application permissions in the token, when known. */
  grantedPermissions?: readonly string[];
  /** Start of the tenant's previous finished scan: directory audits are read from there on. */
  previousScanStartedAt: Date | null;
}
