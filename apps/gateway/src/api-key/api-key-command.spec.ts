import { ApiKeyRole } from './api-key-role.enum';
import { ApiKeyUsageError, parseApiKeyCommand } from './api-key-command';

describe('parseApiKeyCommand', () => {
  it('reads create, list and revoke', () => {
    expect(parseApiKeyCommand(['create', '--org', 'Acme Ltd', '--role', 'operator'])).toEqual({ name: 'create', org: 'Acme Ltd', role: ApiKeyRole.OPERATOR });
    expect(parseApiKeyCommand(['list', '--org', 'acme'])).toEqual({ name: 'list', org: 'acme' });
    const id = '6f1c2d4e-8a9b-4c1d-9e2f-0a1b2c3d4e5f';
    expect(parseApiKeyCommand(['revoke', '--id', id])).toEqual({ name: 'revoke', id });
  });

  it.each([
    [[]],
    [['create', '--org', 'acme']],
    [['create', '--org', 'acme', '--role', 'root']],
    [['create', '--role', 'admin']],
    [['create', '--org', '  ', '--role', 'admin']],
    [['revoke', '--id', 'not-a-uuid']],
    [['delete']],
  ])('refuses %j with the usage', (argv) => {
    expect(() => parseApiKeyCommand(argv)).toThrow(ApiKeyUsageError);
    expect(() => parseApiKeyCommand(argv)).toThrow(/usage: apikey create --org <name> --role <viewer\|operator\|admin>/);
  });
});
