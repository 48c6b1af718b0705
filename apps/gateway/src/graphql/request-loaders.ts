import { ScanSummaryDto } from '@trueconfig/common';
import DataLoader from 'dataloader';
import { Authentication } from '../auth/principal';
import { requirePrincipal } from '../auth/require-principal';
import { ScannerClient } from '../clients/scanner.client';

/** Tenants per LatestScans request: a page of 100 is one request (summaries are a few hundred bytes each). */
export const TENANTS_PER_LATEST_SCANS_REQUEST = 100;

/** Built lazily, once per request: loaders must not share a cache across requests or organisations. */
export class RequestLoaders {
  private latestScanLoader?: DataLoader<string, ScanSummaryDto | null>;

  constructor(
    private readonly scanner: ScannerClient,
    private readonly auth: Authentication,
  ) {}

  /** Each batch of tenant ids is one `Subject.LatestScans` request; results load only when selected. */
  get latestScan(): DataLoader<string, ScanSummaryDto | null> {
    this.latestScanLoader ??= new DataLoader(
      (tenantIds) => this.scanner.latestScans(requirePrincipal({ auth: this.auth }).orgId, tenantIds),
      { maxBatchSize: TENANTS_PER_LATEST_SCANS_REQUEST },
    );
    return this.latestScanLoader;
  }
}
