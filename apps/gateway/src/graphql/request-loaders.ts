import { ScanDto } from '@trueconfig/common';
import DataLoader from 'dataloader';
import { Authentication } from '../auth/principal';
import { requirePrincipal } from '../auth/require-principal';
import { ScannerClient } from '../clients/scanner.client';

const MAX_BATCH = 100;

/** Built lazily, once per request: loaders must not share a cache across requests or organisations. */
export class RequestLoaders {
  private latestScanLoader?: DataLoader<string, ScanDto | null>;

  constructor(
    private readonly scanner: ScannerClient,
    private readonly auth: Authentication,
  ) {}

  /** Each batch of tenant ids is one `Subject.LatestScans` request. */
  get latestScan(): DataLoader<string, ScanDto | null> {
    this.latestScanLoader ??= new DataLoader(
      (tenantIds) => this.scanner.latestScans(requirePrincipal({ auth: this.auth }).orgId, tenantIds),
      { maxBatchSize: MAX_BATCH },
    );
    return this.latestScanLoader;
  }
}
