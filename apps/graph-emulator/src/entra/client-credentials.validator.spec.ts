import { TenantStore } from '../tenants/tenant-store';
import { validateClientCredentials } from './client-credentials.validator';

const NOW = new Date('2025-05-01T00:00:00Z');
const SCOPE = 'https://graph.microsoft.com/.default';

function setup() {
  const store = new TenantStore();
  const tenant = store.create({ displayName: 'Contoso', domains: ['contoso.com'] }, NOW);
  const { app, secret } = store.addApp(tenant, { displayName: 'Scanner', permissions: ['User.Read.All'] }, NOW);
  const form = (fields: Record<string, string> = {}) =>
    new URLSearchParams({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: secret.value, scope: SCOPE, ...fields });
  return { store, tenant, app, form };
}

function codeOf(outcome: ReturnType<typeof validateClientCredentials>): number | 'ok' {
  return outcome.ok ? 'ok' : outcome.failure.code;
}

describe('validateClientCredentials', () => {
  it('accepts the right secret by tenant GUID or verified domain', () => {
    const { store, tenant, form } = setup();
    expect(codeOf(validateClientCredentials(store, tenant.tenantId, form(), NOW))).toBe('ok');
    expect(codeOf(validateClientCredentials(store, 'contoso.com', form(), NOW))).toBe('ok');
    expect(codeOf(validateClientCredentials(store, 'contoso.onmicrosoft.com', form(), NOW))).toBe('ok');
  });

  it.each([
    ['a wrong secret', { client_secret: 'nope' }, 7000215],
    ['no secret', { client_secret: '' }, 7000218],
    ['an unknown app', { client_id: '11111111-2222-3333-4444-555555555555' }, 700016],
    ['a scope without /.default', { scope: 'https://graph.microsoft.com/User.Read.All' }, 1002012],
    ['another resource', { scope: 'https://management.azure.com/.default' }, 500011],
    ['another grant type', { grant_type: 'password' }, 70003],
  ])('rejects %s', (_label, fields: Record<string, string>, code) => {
    const { store, tenant, form } = setup();
    expect(codeOf(validateClientCredentials(store, tenant.tenantId, form(fields), NOW))).toBe(code);
  });

  it('distinguishes unknown (90002) from malformed (900023) tenants', () => {
    const { store, form } = setup();
    expect(codeOf(validateClientCredentials(store, 'fabrikam.com', form(), NOW))).toBe(90002);
    expect(codeOf(validateClientCredentials(store, 'admin@contoso.com', form(), NOW))).toBe(900023);
  });

  it('reports an expired secret, then a disabled app, then a Conditional Access block', () => {
    const { store, tenant, app, form } = setup();
    app.conditionalAccessBlocked = true;
    expect(codeOf(validateClientCredentials(store, tenant.tenantId, form(), NOW))).toBe(53003);
    app.disabled = true;
    expect(codeOf(validateClientCredentials(store, tenant.tenantId, form(), NOW))).toBe(7000112);
    app.secrets[0].endDateTime = '2025-04-30T00:00:00.000Z';
    expect(codeOf(validateClientCredentials(store, tenant.tenantId, form(), NOW))).toBe(7000222);
    expect(codeOf(validateClientCredentials(store, tenant.tenantId, form({ client_secret: 'x' }), NOW))).toBe(7000215);
  });

  it('names the app in the disabled message parameters', () => {
    const { store, tenant, app, form } = setup();
    app.disabled = true;
    const outcome = validateClientCredentials(store, tenant.tenantId, form(), NOW);
    expect(outcome).toMatchObject({ ok: false, failure: { params: { appId: app.clientId, appName: 'Scanner' } } });
  });
});
