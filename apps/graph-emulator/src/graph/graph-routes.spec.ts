import { stubEmulator } from '../testing/pipeline.stub';
import { encodePageToken } from './page-token';

const USERS = ['User.Read.All'];

describe('Graph endpoints behind the pipeline', () => {
  it('answers 401 InvalidAuthenticationToken without a token, with WWW-Authenticate', async () => {
    const response = await stubEmulator().get('/v1.0/users');
    expect(response.status).toBe(401);
    expect(response.headers).toHaveProperty('www-authenticate');
    expect(response.body).toMatchObject({ error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
  });

  it('rejects an expired token', async () => {
    const emulator = stubEmulator();
    const token = emulator.tokenFor({ permissions: USERS }, new Date(Date.now() - 2 * 3600_000));
    const response = await emulator.get('/v1.0/users', token);
    expect(response.body).toMatchObject({ error: { message: 'Lifetime validation failed, the token is expired.' } });
  });

  it('pages with an absolute nextLink that keeps $select and $top, and omits it on the last page', async () => {
    const emulator = stubEmulator();
    const token = emulator.tokenFor({ permissions: USERS });
    const first = await emulator.get('/v1.0/users?$select=id,userType&$top=100', token);
    const body = first.body as Record<string, string>;
    expect(first.contentType).toBe('application/json');
    expect(body['@odata.context']).toBe('https://127.0.0.1:4443/v1.0/$metadata#users(id,userType)');
    expect(body['@odata.nextLink']).toMatch(/^https:\/\/127\.0\.0\.1:4443\/v1\.0\/users\?\$select=id,userType&\$top=100&\$skiptoken=/);
    const third = await emulator.get(`${new URL(body['@odata.nextLink']).pathname}?$top=100&$skiptoken=${encodePageToken(200)}`, token);
    expect((third.body as { value: unknown[] }).value).toHaveLength(50);
    expect(third.body).not.toHaveProperty('@odata.nextLink');
  });

  it('returns the default user properties without $select', async () => {
    const emulator = stubEmulator();
    const response = await emulator.get('/v1.0/users?$top=1', emulator.tokenFor({ permissions: USERS }));
    const [user] = (response.body as { value: Array<Record<string, unknown>> }).value;
    expect(user).toHaveProperty('userPrincipalName');
    expect(user).not.toHaveProperty('accountEnabled');
  });

  it.each([
    ['/v1.0/users?$top=1000', 'Request_UnsupportedQuery'],
    ['/v1.0/users?$top=0', 'Request_UnsupportedQuery'],
    ['/v1.0/users?$skiptoken=bogus', 'Directory_ExpiredPageToken'],
    ["/v1.0/users?$filter=displayName eq 'Adele'", 'Request_UnsupportedQuery'],
  ])('rejects %s with 400 %s', async (path, code) => {
    const emulator = stubEmulator();
    const response = await emulator.get(path, emulator.tokenFor({ permissions: USERS }));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code } });
  });

  it('adds @odata.count on the first page with ConsistencyLevel: eventual, not on the next ones', async () => {
    const emulator = stubEmulator();
    const token = emulator.tokenFor({ permissions: USERS });
    const response = await emulator.get('/v1.0/users?$count=true&$top=5', token, { consistencylevel: 'eventual' });
    expect(response.body).toMatchObject({ '@odata.count': 250 });
    const next = new URL((response.body as Record<string, string>)['@odata.nextLink']);
    expect(next.searchParams.get('$count')).toBe('true');
    const second = await emulator.get(`${next.pathname}${next.search}`, token, { consistencylevel: 'eventual' });
    expect((second.body as { value: unknown[] }).value).toHaveLength(5);
    expect(second.body).not.toHaveProperty('@odata.count');
  });

  it('silently ignores $count=true without ConsistencyLevel, as Graph does: 200 without @odata.count', async () => {
    const emulator = stubEmulator();
    const response = await emulator.get('/v1.0/users?$count=true&$top=5', emulator.tokenFor({ permissions: USERS }));
    expect(response.status).toBe(200);
    expect((response.body as { value: unknown[] }).value).toHaveLength(5);
    expect(response.body).not.toHaveProperty('@odata.count');
  });

  it('counts users read with signInActivity and the registration report the same way', async () => {
    const emulator = stubEmulator({ licence: 'p2', generate: { users: 1200, seed: 2 } });
    const eventual = { consistencylevel: 'eventual' };
    const users = await emulator.get('/v1.0/users?$select=id,signInActivity&$top=500&$count=true', emulator.tokenFor({ permissions: ['User.Read.All', 'AuditLog.Read.All'] }), eventual);
    expect(users.body).toMatchObject({ '@odata.count': 1200 });
    const reports = emulator.tokenFor({ permissions: ['Reports.Read.All'] });
    const path = '/beta/reports/authenticationMethods/userRegistrationDetails?$top=999&$count=true';
    const first = await emulator.get(path, reports, eventual);
    expect(first.body).toMatchObject({ '@odata.count': 1200 });
    expect((await emulator.get(path, reports)).body).not.toHaveProperty('@odata.count');
  });

  it('gates the registration report on the licence after the permission', async () => {
    const emulator = stubEmulator({ licence: 'free', generate: { users: 3 } });
    const path = '/beta/reports/authenticationMethods/userRegistrationDetails';
    expect((await emulator.get(path, emulator.tokenFor({ permissions: USERS }))).status).toBe(403);
    const response = await emulator.get(path, emulator.tokenFor({ permissions: ['Reports.Read.All'] }));
    expect(response.body).toMatchObject({ error: { code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant' } });
  });

  it('lists applications with their secret end dates but never the secret values', async () => {
    const emulator = stubEmulator();
    const response = await emulator.get('/v1.0/applications', emulator.tokenFor({ permissions: ['Application.Read.All'] }));
    const [app] = (response.body as { value: Array<{ passwordCredentials: Array<Record<string, unknown>> }> }).value;
    expect(app.passwordCredentials[0]).toMatchObject({ secretText: null, endDateTime: expect.any(String), hint: expect.any(String) });
  });

  it('answers 404 for unknown paths and 405 for a wrong method, charging resource units only when served', async () => {
    const emulator = stubEmulator();
    const token = emulator.tokenFor({ permissions: USERS });
    expect((await emulator.get('/v1.0/nothingHere', token)).status).toBe(404);
    expect((await emulator.send({ method: 'POST', path: '/v1.0/users' })).status).toBe(405);
    const served = await emulator.get('/v1.0/users', token);
    expect(served.headers).toMatchObject({ 'x-ms-resource-unit': '2' });
    expect(emulator.state.stats.snapshot().resourceUnits).toBe(2);
  });
});
