import { rolesFromClaims } from './token-roles';

describe('rolesFromClaims', () => {
  it('reads the roles claim of an app-only token', () => {
    expect(rolesFromClaims({ aud: 'https://graph.microsoft.com', roles: ['User.Read.All', 'Policy.Read.All'] })).toEqual([
      'User.Read.All',
      'Policy.Read.All',
    ]);
  });

  it('treats a token without roles (no permission granted) as an empty list', () => {
    expect(rolesFromClaims({ aud: 'https://graph.microsoft.com' })).toEqual([]);
    expect(rolesFromClaims(null)).toEqual([]);
    expect(rolesFromClaims({ roles: 'User.Read.All' })).toEqual([]);
    expect(rolesFromClaims({ roles: ['User.Read.All', 7] })).toEqual(['User.Read.All']);
  });
});
