import { Route } from './emulator-request';
import { Router } from './router';

const handle = () => ({ status: 200 });
const routes: Route[] = [
  { method: 'GET', pattern: '/_emulator/tenants/:tenantId', area: 'control', handle },
  { method: 'GET', pattern: '/v1.0/users', area: 'graph', handle },
  { method: 'POST', pattern: '/:tenant/oauth2/v2.0/token', area: 'entra', handle },
];

describe('Router', () => {
  const router = new Router(routes);

  it('matches case-insensitively, with a trailing slash, and decodes parameters', () => {
    expect(router.match('GET', '/V1.0/Users/')).toMatchObject({ kind: 'found', route: { pattern: '/v1.0/users' } });
    expect(router.match('POST', '/contoso.com/oauth2/v2.0/token')).toMatchObject({ params: { tenant: 'contoso.com' } });
    expect(router.match('GET', '/_emulator/tenants/a%20b')).toMatchObject({ params: { tenantId: 'a b' } });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(router.match('DELETE', '/v1.0/users')).toEqual({ kind: 'method-not-allowed', pattern: '/v1.0/users' });
    expect(router.match('GET', '/v1.0/groups')).toEqual({ kind: 'not-found' });
  });

  it('does not let a dot in a pattern match any character', () => {
    expect(router.match('GET', '/v1x0/users')).toEqual({ kind: 'not-found' });
  });
});
