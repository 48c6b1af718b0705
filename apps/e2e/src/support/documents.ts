export const CONNECT_TENANT = /* GraphQL */ `
  mutation Connect($input: ConnectTenantInput!) {
    connectTenant(input: $input) {
      tenant { id displayName directoryTenantId clientId status }
      connectionTest { ok errorCode message remediation permissions { name granted purpose } }
    }
  }
`;

export const START_SCAN = /* GraphQL */ `
  mutation Start($tenantId: ID!) {
    startScan(tenantId: $tenantId) { id tenantId status }
  }
`;

export const SCAN = /* GraphQL */ `
  query Scan($id: ID!) {
    scan(id: $id) {
      id tenantId status warnings
      results { controlId title status summary metric affectedCount }
    }
  }
`;

export const SCAN_PROGRESS = /* GraphQL */ `
  subscription Progress($scanId: ID, $tenantId: ID) {
    scanProgress(scanId: $scanId, tenantId: $tenantId) { scanId tenantId phase percent message status }
  }
`;

export const AUDIT_LOGS = /* GraphQL */ `
  query Logs($filter: AuditLogFilter, $first: Int) {
    auditLogs(filter: $filter, first: $first) {
      edges { node { id level code message tenantId scanId service } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const TENANTS = /* GraphQL */ `
  query Tenants {
    tenants(first: 50) { edges { node { id displayName clientId status lastConnectionTest { ok errorCode } latestScan { id status } } } }
  }
`;
