import { AcquireTokenReply } from './acquire-token/acquire-token.reply';
import { AcquireTokenRequest } from './acquire-token/acquire-token.request';
import { ConnectTenantReply } from './connect-tenant/connect-tenant.reply';
import { ConnectTenantRequest } from './connect-tenant/connect-tenant.request';
import { GetScanReply } from './get-scan/get-scan.reply';
import { GetScanRequest } from './get-scan/get-scan.request';
import { GetTenantReply } from './get-tenant/get-tenant.reply';
import { GetTenantRequest } from './get-tenant/get-tenant.request';
import { LatestScansReply } from './latest-scans/latest-scans.reply';
import { LatestScansRequest } from './latest-scans/latest-scans.request';
import { ListTenantsReply } from './list-tenants/list-tenants.reply';
import { ListTenantsRequest } from './list-tenants/list-tenants.request';
import { QueryAuditLogsReply } from './query-audit-logs/query-audit-logs.reply';
import { QueryAuditLogsRequest } from './query-audit-logs/query-audit-logs.request';
import { StartScanReply } from './start-scan/start-scan.reply';
import { StartScanRequest } from './start-scan/start-scan.request';
import { Subject } from './subject.enum';
import { TestConnectionReply } from './test-connection/test-connection.reply';
import { TestConnectionRequest } from './test-connection/test-connection.request';

/** Binds each request subject to its request and reply types, so both sides are checked. */
export interface RequestMap {
  [Subject.ConnectTenant]: { request: ConnectTenantRequest; reply: ConnectTenantReply };
  [Subject.TestConnection]: { request: TestConnectionRequest; reply: TestConnectionReply };
  [Subject.GetTenant]: { request: GetTenantRequest; reply: GetTenantReply };
  [Subject.ListTenants]: { request: ListTenantsRequest; reply: ListTenantsReply };
  [Subject.AcquireToken]: { request: AcquireTokenRequest; reply: AcquireTokenReply };
  [Subject.StartScan]: { request: StartScanRequest; reply: StartScanReply };
  [Subject.GetScan]: { request: GetScanRequest; reply: GetScanReply };
  [Subject.LatestScans]: { request: LatestScansRequest; reply: LatestScansReply };
  [Subject.QueryAuditLogs]: { request: QueryAuditLogsRequest; reply: QueryAuditLogsReply };
}

export type RequestOf<S extends Subject> = RequestMap[S]['request'];
export type ReplyOf<S extends Subject> = RequestMap[S]['reply'];
