import { filterPredicate, parseFilter } from './odata-filter';

function matches(filter: string, item: object): boolean {
  const parsed = parseFilter(filter);
  if (!parsed.ok) throw new Error(parsed.message);
  return filterPredicate(parsed.clauses)(item);
}

describe('$filter', () => {
  const guest = { userType: 'Guest', accountEnabled: false, signInActivity: { lastSignInDateTime: '2025-01-01T00:00:00Z' } };

  it('evaluates eq on strings (case-insensitively) and booleans, joined by and', () => {
    expect(matches("userType eq 'guest'", guest)).toBe(true);
    expect(matches("userType eq 'Member'", guest)).toBe(false);
    expect(matches("accountEnabled eq false and userType eq 'Guest'", guest)).toBe(true);
  });

  it('compares date-times along a property path', () => {
    expect(matches('signInActivity/lastSignInDateTime le 2025-02-01T00:00:00Z', guest)).toBe(true);
    expect(matches('signInActivity/lastSignInDateTime ge 2025-02-01T00:00:00Z', guest)).toBe(false);
    expect(matches('signInActivity/lastSignInDateTime le 2025-02-01T00:00:00Z', { id: 'never signed in' })).toBe(false);
  });

  it('refuses forms it does not implement', () => {
    expect(parseFilter("startswith(displayName,'A')").ok).toBe(false);
    expect(parseFilter("userType eq 'Guest' or accountEnabled eq false").ok).toBe(false);
  });
});
