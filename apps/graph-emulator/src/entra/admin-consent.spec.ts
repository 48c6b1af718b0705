import { stubEmulator } from '../testing/pipeline.stub';

const consentUrl = (tenant: string, clientId: string) =>
  `/${tenant}/adminconsent?client_id=${clientId}&redirect_uri=${encodeURIComponent('https://app.example/callback')}&state=xyz`;

describe('admin consent', () => {
  it('redirects with admin_consent=True and grants the requested permissions', async () => {
    const emulator = stubEmulator();
    const { app } = emulator.state.tenants.addApp(emulator.tenant, { permissions: [], requestedPermissions: ['User.Read.All'] });
    const response = await emulator.send({ path: consentUrl(emulator.tenant.tenantId, app.clientId) });
    expect(response.status).toBe(302);
    expect(response.headers?.location).toBe(`https://app.example/callback?admin_consent=True&tenant=${emulator.tenant.tenantId}&state=xyz`);
    expect(app.permissions).toEqual(['User.Read.All']);
  });

  it('consents a multi-tenant app into another tenant, creating its service principal there', async () => {
    const emulator = stubEmulator();
    const { app } = emulator.state.tenants.addApp(emulator.tenant, { requestedPermissions: ['Policy.Read.All'], multiTenant: true });
    const customer = emulator.state.tenants.create({ displayName: 'Fabrikam' });
    expect((await emulator.send({ path: consentUrl(customer.tenantId, app.clientId) })).status).toBe(302);
    expect(customer.apps.get(app.clientId)).toMatchObject({ homeTenantId: emulator.tenant.tenantId, permissions: ['Policy.Read.All'], secrets: app.secrets });
  });

  it('redirects with access_denied when the administrator refuses', async () => {
    const emulator = stubEmulator({ settings: { adminConsent: 'refuse' } });
    const { app } = emulator.state.tenants.addApp(emulator.tenant, { requestedPermissions: ['User.Read.All'] });
    const location = new URL(String((await emulator.send({ path: consentUrl(emulator.tenant.tenantId, app.clientId) })).headers?.location));
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: 'access_denied',
      error_description: 'AADSTS65004: User declined to consent to access the app.',
      state: 'xyz',
    });
    expect(app.permissions).toEqual([]);
  });
});
