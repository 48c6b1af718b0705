import { signInsFresh, usersReadPlan } from './users-read-plan';

describe('usersReadPlan', () => {
  it('tracks every field but signInActivity by delta', () => {
    expect(usersReadPlan('id,displayName,signInActivity')).toEqual({ selected: 'id,displayName,signInActivity', deltaSelect: 'id,displayName', signIns: true });
    expect(usersReadPlan('id,displayName')).toEqual({ selected: 'id,displayName', deltaSelect: 'id,displayName', signIns: false });
  });
});

describe('signInsFresh', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('is fresh below the maximum age only', () => {
    expect(signInsFresh(new Date('2026-11-26T12:00:01Z'), 24, now)).toBe(true);
    expect(signInsFresh(new Date('2026-11-26T12:00:00Z'), 24, now)).toBe(false);
    expect(signInsFresh(null, 24, now)).toBe(false);
    expect(signInsFresh(now, 0, now)).toBe(false);
  });
});
