import { LicenceTier } from '@trueconfig/common';
import { DatasetPath } from './dataset-path';

export interface DatasetDefinition {
  path: DatasetPath;
  /** Used in warnings: "<label> fetch failed (requires …)". */
  label: string;
  /** Collections are fed page by page; a singleton is fed as a one-item page. */
  kind: 'collection' | 'singleton';
  /** Collections whose size follows the tenant's user count must never be held whole. */
  growsWithUsers: boolean;
  /** Application permissions that each grant the read, least privileged first. */
  permissions: string[];
  licence: LicenceTier;
  /** The fields the catalog reads: collectors `$select` exactly these (none: the endpoint's default). */
  fields?: string[];
  /** The same data under another API version, accepted in snapshots. */
  aliases?: string[];
}
