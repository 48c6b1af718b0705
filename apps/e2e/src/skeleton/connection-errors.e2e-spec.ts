import { errorCodeOf, emulator, env, gql } from '../support/e2e-client';
import { TENANTS } from '../support/documents';
import { ALL_PERMISSIONS, connect, emulatorTenant } from '../support/scan-helpers';

describe('connection failures and access control, through the GraphQL API', () => {
  let directoryTenantId: string;

  beforeAll(async () => {
    directoryTenantId = (await emulatorTenant(10)).tenantId;
  });

  it('answers a wrong secret with INVALID_CREDENTIALS and the remediation steps, saving nothing', async () => {
    const app = await emulator.createApp(directoryTenantId, { permissions: ALL_PERMISSIONS });
    const response = await connect(directoryTenantId, { clientId: app.clientId, clientSecret: `${app.clientSecret}x` });
    expect(errorCodeOf(response)).toBe('INVALID_CREDENTIALS');
    const remediation = response.errors![0].extensions!.remediation as string[];
    expect(remediation.join('\n')).toContain('Certificates & secrets');
    expect(remediation.join('\n')).toContain('Save and Test Connection');
    const tenants = await gql<{ tenants: { edges: Array<{ node: { clientId: string } }> } }>(TENANTS);
    expect(tenants.data?.tenants.edges.map((e) => e.node.clientId)).not.toContain(app.clientId);
  });

  it('answers an email address in the client-ID field with BAD_USER_INPUT and the page’s advice', async () => {
    const response = await connect(directoryTenantId, { clientId: 'alice@contoso.com', clientSecret: 'irrelevant~secret~value' });
    expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/Application \(client\) ID/);
    expect(response.errors![0].message).toMatch(/email address and password/);
  });

  it('refuses a request without an API key with UNAUTHENTICATED', async () => {
    expect(errorCodeOf(await gql(TENANTS, {}, null))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await gql(TENANTS, {}, 'tc_not_a_real_key'))).toBe('UNAUTHENTICATED');
  });

  it('refuses a viewer key the right to connect a tenant with FORBIDDEN', async () => {
    const app = await emulator.createApp(directoryTenantId, { permissions: ALL_PERMISSIONS });
    expect(errorCodeOf(await connect(directoryTenantId, app, env.viewerKey))).toBe('FORBIDDEN');
  });

  it('hides one organisation’s tenant from another with NOT_FOUND', async () => {
    const app = await emulator.createApp(directoryTenantId, { permissions: ALL_PERMISSIONS });
    const tenantId = (await connect(directoryTenantId, app)).data!.connectTenant.tenant.id;
    const other = await gql(`query T($id: ID!) { tenant(id: $id) { id } }`, { id: tenantId }, env.otherOrgAdminKey);
    expect(errorCodeOf(other)).toBe('NOT_FOUND');
  });
});
