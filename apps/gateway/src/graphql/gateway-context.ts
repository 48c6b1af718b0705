import { Authentication } from '../auth/principal';
import { RequestLoaders } from './request-loaders';
import { ScanProgressFeed } from '../scan-progress/scan-progress.feed';
import { AuditLogFeed } from '../audit-log/audit-log.feed';

/** Live event sources subscriptions open; singletons shared by every request. */
export interface LiveFeeds {
  scanProgress: ScanProgressFeed;
  auditLog: AuditLogFeed;
}

/** One per HTTP request or graphql-ws operation. */
export interface GatewayContext {
  auth: Authentication;
  /** Per-request DataLoaders, so a page of tenants costs a fixed number of NATS requests. */
  loaders: RequestLoaders;
  feeds: LiveFeeds;
}
