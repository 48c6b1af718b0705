import { resolveSettings } from '../settings/resolve-settings';
import { mfaForAllPolicy } from '../testing/graph-fixtures';
import { grantRequiresMfa } from './grant-requires-mfa';
import { assessMfaCoverage } from './mfa-coverage';
import { policyScopeGaps } from './policy-scope-gaps';

const settings = resolveSettings();
const withId = (p: ReturnType<typeof mfaForAllPolicy>) => ({ ...p, id: p.id as string });

describe('grantRequiresMfa', () => {
  it.each([
    [{ operator: 'OR', builtInControls: ['mfa'] }, true],
    [{ operator: 'AND', builtInControls: ['mfa', 'compliantDevice'] }, true],
    [{ operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] }, false],
    [{ operator: 'OR', builtInControls: [], authenticationStrength: { id: 'phishing-resistant' } }, true],
    [{ operator: 'OR', builtInControls: ['block'] }, false],
    [{ operator: 'OR', builtInControls: ['compliantDevice'] }, false],
  ])('%j → %s', (grantControls, expected) => {
    expect(grantRequiresMfa(mfaForAllPolicy({ grantControls } as never))).toBe(expected);
  });

  it('is false without grant controls', () => {
    expect(grantRequiresMfa(mfaForAllPolicy({ grantControls: null }))).toBe(false);
  });
});

describe('policyScopeGaps (the shared CA rule)', () => {
  it('finds none for a policy covering everyone', () => {
    expect(policyScopeGaps(mfaForAllPolicy(), settings)).toEqual([]);
  });

  it('names every narrowing condition', () => {
    const policy = mfaForAllPolicy();
    const conditions = policy.conditions!;
    conditions.users!.includeUsers = ['u1'];
    conditions.users!.excludeRoles = ['62e90394-69f5-4237-9190-012177145e10'];
    conditions.applications!.includeApplications = ['00000003-0000-0000-c000-000000000000'];
    conditions.clientAppTypes = ['browser'];
    conditions.locations = { includeLocations: ['All'], excludeLocations: ['AllTrusted'] };
    conditions.signInRiskLevels = ['high'];
    expect(policyScopeGaps(policy, settings)).toEqual([
      'does not include all users',
      'excludes directory roles',
      'does not include all cloud apps',
      'is limited to some client app types',
      'is limited by location',
      'is limited to some risk levels',
    ]);
  });

  it('accepts every client app type listed one by one, and all locations', () => {
    const policy = mfaForAllPolicy();
    policy.conditions!.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'];
    policy.conditions!.locations = { includeLocations: ['All'], excludeLocations: [] };
    expect(policyScopeGaps(policy, settings)).toEqual([]);
  });

  it('accepts excluded groups on the approved list only', () => {
    const policy = mfaForAllPolicy();
    policy.conditions!.users!.excludeGroups = ['g1'];
    expect(policyScopeGaps(policy, settings)).toEqual(['excludes 1 group not on the approved list']);
    expect(policyScopeGaps(policy, resolveSettings({ approvedExclusions: { groups: ['g1'] } }))).toEqual([]);
  });
});

describe('assessMfaCoverage', () => {
  it('sorts policies into covering, report-only and partial, ignoring those without MFA', () => {
    const disabled = withId(mfaForAllPolicy({ id: 'off', state: 'disabled' }));
    const coverage = assessMfaCoverage(
      [
        withId(mfaForAllPolicy()),
        withId(mfaForAllPolicy({ id: 'ro', state: 'enabledForReportingButNotEnforced' })),
        disabled,
        withId(mfaForAllPolicy({ id: 'block', grantControls: { operator: 'OR', builtInControls: ['block'] } })),
      ],
      settings,
    );
    expect(coverage.covering.map((f) => f.policy.id)).toEqual(['ca-mfa-all']);
    expect(coverage.reportOnly.map((f) => f.policy.id)).toEqual(['ro']);
    expect(coverage.partial).toEqual([{ policy: disabled, gaps: ['is disabled'] }]);
  });
});
