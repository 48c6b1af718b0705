import { stubEmulator } from '../testing/pipeline.stub';

function json(body: unknown): string {
  return JSON.stringify(body);
}

describe('request pipeline: control API, faults and stats', () => {
  it('refuses control requests that carry a bearer token', async () => {
    const emulator = stubEmulator();
    const response = await emulator.send({ path: '/_emulator/stats', headers: { authorization: 'Bearer abc' } });
    expect(response.status).toBe(403);
  });

  it('creates tenants and apps through the control API with Entra-like secrets', async () => {
    const emulator = stubEmulator();
    const created = await emulator.send({ method: 'POST', path: '/_emulator/tenants', body: json({ displayName: 'Fabrikam', generate: { users: 10 } }) });
    expect(created.status).toBe(201);
    const { tenantId, domains, stats } = created.body as { tenantId: string; domains: string[]; stats: { users: number } };
    expect(domains).toEqual(['fabrikam.onmicrosoft.com']);
    expect(stats.users).toBe(10);
    const app = await emulator.send({ method: 'POST', path: `/_emulator/tenants/${tenantId}/apps`, body: json({ permissions: [] }) });
    expect(app.status).toBe(201);
    expect((app.body as { clientSecret: string }).clientSecret).toMatch(/^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_.~-]{34}$/);
  });

  it('answers 400 naming the field for invalid control input, 404 for unknown tenants', async () => {
    const emulator = stubEmulator();
    const bad = await emulator.send({ method: 'POST', path: '/_emulator/tenants', body: json({ generate: { users: -1 } }) });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('generate.users');
    expect((await emulator.send({ path: '/_emulator/tenants/nope.example' })).status).toBe(404);
  });

  it('injects a counted 429 with Retry-After for one tenant, then serves normally', async () => {
    const emulator = stubEmulator();
    const token = emulator.tokenFor({ permissions: ['User.Read.All'] });
    const fault = { pathPattern: '/v1.0/users*', status: 429, count: 1, tenantId: emulator.tenant.tenantId, retryAfterSeconds: 2 };
    expect((await emulator.send({ method: 'POST', path: '/_emulator/faults', body: json(fault) })).status).toBe(201);
    const throttled = await emulator.get('/v1.0/users', token);
    expect(throttled).toMatchObject({ status: 429, headers: { 'retry-after': '2' }, body: { error: { code: 'TooManyRequests' } } });
    expect((await emulator.get('/v1.0/users', token)).status).toBe(200);
    const stats = emulator.state.stats.snapshot();
    expect(stats.throttled).toBe(1);
    expect(stats.requests).toEqual(
      expect.arrayContaining([
        { method: 'GET', path: '/v1.0/users', status: 429, count: 1 },
        { method: 'GET', path: '/v1.0/users', status: 200, count: 1 },
      ]),
    );
  });

  it('spreads a ratio fault evenly and leaves other tenants alone', async () => {
    const emulator = stubEmulator();
    const token = emulator.tokenFor({ permissions: ['User.Read.All'] });
    emulator.state.faults.add({ pathPattern: '/v1.0/users', status: 503, ratio: 0.25 });
    emulator.state.faults.add({ pathPattern: '*', status: 500, tenantId: 'another-tenant' });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await emulator.get('/v1.0/users', token)).status);
    expect(statuses).toEqual([200, 200, 200, 503, 200, 200, 200, 503]);
  });

  it('refuses $count=true with 400 under a refuseCount fault, serving the same listing without it', async () => {
    const emulator = stubEmulator();
    const token = emulator.tokenFor({ permissions: ['User.Read.All'] });
    emulator.state.faults.add({ pathPattern: '/v1.0/users', refuseCount: true });
    const refused = await emulator.get('/v1.0/users?$count=true&$top=5', token);
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'Request_UnsupportedQuery' } } });
    expect((await emulator.get('/v1.0/users?$top=5', token)).status).toBe(200);
    expect((await emulator.get('/v1.0/users?$count=false', token)).status).toBe(200);
  });

  it('deletes faults and resets stats', async () => {
    const emulator = stubEmulator();
    const fault = emulator.state.faults.add({ pathPattern: '*', reset: true });
    expect((await emulator.send({ path: '/v1.0/users' })).resetConnection).toBe(true);
    expect((await emulator.send({ method: 'DELETE', path: `/_emulator/faults/${fault.faultId}` })).status).toBe(204);
    expect((await emulator.send({ method: 'DELETE', path: '/_emulator/stats' })).status).toBe(204);
    expect(emulator.state.stats.snapshot().totalRequests).toBe(0);
  });
});
