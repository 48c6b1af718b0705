import { LicenceTier } from '@trueconfig/common';
import { DatasetPath } from './dataset-path';

/** Fields a collector adds to `$select` only when the tenant's licence allows them (else the whole read fails). */
export interface LicensedFields {
  licence: LicenceTier;
  fields: string[];
  /** The endpoint's smaller page maximum when these fields are selected. */
  top?: number;
  /** A permission these fields need beyond the dataset's own (selected only when granted). */
  permission?: string;
}

export interface DatasetDefinition {
  path: DatasetPath;
  /** Used in warnings: "<label> fetch failed (requires …)". */
  label: string;
  /** Collections are fed page by page; a singleton is fed as a one-item page. */
  kind: 'collection' | 'singleton';
  /** Collections whose size follows the tenant's user count must never be held whole. */
  growsWithUsers: boolean;
  /** Application permissions that each grant the read, the one TrueConfig requests first. */
  permissions: string[];
  licence: LicenceTier;
  /** The fields the catalog reads: collectors `$select` exactly these (none: the endpoint's default). */
  fields?: string[];
  /**
   * Fields the full catalog reads beyond `fields` (ID-01's own); the scanner adds these to `$select`.
   */
  catalogFields?: string[];
  /** `$top`: the endpoint's maximum page size; absent where the endpoint takes none. */
  top?: number;
  /** `$filter` the collector sends (the snapshot key stays the bare path). */
  filter?: string;
  /** `$expand` the collector sends. */
  expand?: string;
  licensedFields?: LicensedFields;
  /** How a dataset that is not a plain GET is read (e.g. a POST whose body comes from another dataset). */
  request?: { method: 'POST'; body: string; dependsOn: DatasetPath };
  /** The same data under another API version, accepted in snapshots. */
  aliases?: string[];
}
