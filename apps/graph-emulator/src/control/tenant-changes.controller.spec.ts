import { stubEmulator } from '../testing/pipeline.stub';

describe('PATCH /_emulator/tenants/{id}', () => {
  it('merges settings section by section and changes the licence', async () => {
    const emulator = stubEmulator();
    const body = JSON.stringify({ licence: 'p2', settings: { authorizationPolicy: { allowInvitesFrom: 'none' } } });
    const response = await emulator.send({ method: 'PATCH', path: `/_emulator/tenants/${emulator.tenant.tenantId}`, body });
    expect(response.status).toBe(200);
    expect(emulator.tenant.licence).toBe('p2');
    expect(emulator.tenant.settings.authorizationPolicy).toMatchObject({ allowInvitesFrom: 'none', guestUserRole: 'limited' });
  });

  it('answers 400 naming the field for an invalid setting', async () => {
    const emulator = stubEmulator();
    const body = JSON.stringify({ settings: { authenticationMethods: { sms: 'sometimes' } } });
    const response = await emulator.send({ method: 'PATCH', path: `/_emulator/tenants/${emulator.tenant.tenantId}`, body });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('authenticationMethods.sms');
  });
});
