/** The GraphQL documents the demo sends: exactly what a frontend would send. */
export const CONNECT_TENANT = /* GraphQL */ `
  mutation Connect($input: ConnectTenantInput!) {
    connectTenant(input: $input) {
      tenant { id displayName status }
      connectionTest { ok errorCode message remediation permissions { name granted purpose } }
    }
  }
`;

export const START_SCAN = /* GraphQL */ `
  mutation Start($tenantId: ID!) {
    startScan(tenantId: $tenantId) { id status }
  }
`;

export const SCAN_PROGRESS = /* GraphQL */ `
  subscription Progress($scanId: ID) {
    scanProgress(scanId: $scanId) { scanId tenantId phase percent message status }
  }
`;

export const SCAN_RESULT = /* GraphQL */ `
  query Scan($id: ID!) {
    scan(id: $id) {
      id status warnings
      results { controlId title status summary metric affectedCount }
    }
  }
`;
