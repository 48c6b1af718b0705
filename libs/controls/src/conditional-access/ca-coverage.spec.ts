import { clientAppTypesOf } from './narrowing-gaps';
import { resolveSettings } from '../settings/resolve-settings';
import { BLOCK, caPolicy, CaOverrides } from '../testing/policy-fixtures';
import { assessCoverage, CaPolicy, CoverageSpec } from './ca-coverage';
import { grantBlocks, grantRequiresManagedDevice, grantRequiresMfa, grantRequiresPhishingResistant } from './grant-predicates';

const settings = resolveSettings();
const policy = (overrides: CaOverrides = {}) => caPolicy(overrides) as CaPolicy;
const MFA: CoverageSpec = { grants: grantRequiresMfa };
const LEGACY: CoverageSpec = {
  grants: (p) => grantBlocks(p) && clientAppTypesOf(p).some((t) => ['exchangeActiveSync', 'other'].includes(t)),
  combine: { kind: 'clientApps', required: ['exchangeActiveSync', 'other'], contributes: clientAppTypesOf },
};

describe('shared CA rule: only enabled policies count', () => {
  it('covers with an enabled policy', () => {
    expect(assessCoverage([policy()], settings, MFA)).toMatchObject({ verdict: 'covered', combined: false });
  });

  it('reports a report-only policy as reportOnly, naming it, never as covered', () => {
    const coverage = assessCoverage([policy({ id: 'ro', state: 'enabledForReportingButNotEnforced' })], settings, MFA);
    expect(coverage.verdict).toBe('reportOnly');
    expect(coverage.deciding.map((f) => f.policy.id)).toEqual(['ro']);
  });

  it('ignores disabled policies entirely', () => {
    expect(assessCoverage([policy({ state: 'disabled' })], settings, MFA)).toMatchObject({ verdict: 'none', considered: [] });
  });
});

describe('shared CA rule: exclusions count only when approved', () => {
  it.each([
    ['users', { users: { excludeUsers: ['u1'] } }, { approvedExclusions: { users: ['u1'] } }],
    ['groups', { users: { excludeGroups: ['g1'] } }, { approvedExclusions: { groups: ['g1'] } }],
    ['roles', { users: { excludeRoles: ['r1'] } }, { approvedExclusions: { roles: ['r1'] } }],
    ['guests', { users: { excludeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'b2bCollaborationGuest' } } }, { approvedExclusions: { guestsOrExternalUsers: true } }],
    ['guests (keyword form)', { users: { excludeUsers: ['GuestsOrExternalUsers'] } }, { approvedExclusions: { guestsOrExternalUsers: true } }],
    ['applications', { applications: { excludeApplications: ['app-1'] } }, { approvedExclusions: { applications: ['app-1'] } }],
  ])('an excluded %s stops coverage unless on the approved list', (_kind, overrides, approved) => {
    const excluding = policy(overrides as CaOverrides);
    const before = assessCoverage([excluding], settings, MFA);
    expect(before.verdict).toBe('none');
    expect(before.considered[0].gaps.map((g) => g.kind)).toEqual(['exclusion']);
    expect(assessCoverage([excluding], resolveSettings(approved), MFA).verdict).toBe('covered');
  });

  it('treats break-glass accounts as approved user exclusions', () => {
    const excluding = policy({ users: { excludeUsers: ['bg'] } });
    expect(assessCoverage([excluding], resolveSettings({ breakGlassAccounts: ['bg'] }), MFA).verdict).toBe('covered');
  });
});

describe('shared CA rule: narrowing conditions stop a policy from covering everyone', () => {
  it.each([
    ['locations', { conditions: { locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } } }, 'is limited by location'],
    ['platforms', { conditions: { platforms: { includePlatforms: ['android', 'iOS'], excludePlatforms: [] } } }, 'is limited to some device platforms'],
    ['client apps', { conditions: { clientAppTypes: ['browser'] } }, 'is limited to some client app types'],
    ['device filter', { conditions: { devices: { deviceFilter: { mode: 'exclude', rule: 'device.isCompliant -eq True' } } } }, 'is limited by a device filter'],
    ['some users', { users: { includeUsers: ['u1'] } }, 'does not include all users'],
    ['some apps', { applications: { includeApplications: ['00000003-0000-0ff1-ce00-000000000000'] } }, 'does not include all cloud apps'],
  ])('%s', (_name, overrides, text) => {
    const coverage = assessCoverage([policy(overrides as CaOverrides)], settings, MFA);
    expect(coverage.verdict).toBe('none');
    expect(coverage.considered[0].gaps.map((g) => g.text)).toEqual([text]);
  });

  it('accepts every client app type listed one by one', () => {
    const all = policy({ conditions: { clientAppTypes: ['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'] } });
    expect(assessCoverage([all], settings, MFA).verdict).toBe('covered');
  });
});

describe('shared CA rule: policies may combine', () => {
  const eas = policy({ id: 'eas', grant: BLOCK, conditions: { clientAppTypes: ['exchangeActiveSync'] } });
  const other = policy({ id: 'other', grant: BLOCK, conditions: { clientAppTypes: ['other'] } });

  it('two block policies split by legacy protocol together cover', () => {
    const coverage = assessCoverage([eas, other], settings, LEGACY);
    expect(coverage).toMatchObject({ verdict: 'covered', combined: true });
    expect(coverage.deciding.map((f) => f.policy.id)).toEqual(['eas', 'other']);
  });

  it('one half alone does not', () => {
    expect(assessCoverage([eas], settings, LEGACY).verdict).toBe('none');
  });

  it('a half with another gap does not join the combination', () => {
    const narrowed = policy({ id: 'other', grant: BLOCK, conditions: { clientAppTypes: ['other'], locations: { includeLocations: ['x'] } } });
    expect(assessCoverage([eas, narrowed], settings, LEGACY).verdict).toBe('none');
  });

  it('an enabled half plus a report-only half is only a warning', () => {
    const reportOnly = { ...other, state: 'enabledForReportingButNotEnforced' } as CaPolicy;
    const coverage = assessCoverage([eas, reportOnly], settings, LEGACY);
    expect(coverage.verdict).toBe('reportOnly');
    expect(coverage.deciding.map((f) => f.policy.id)).toEqual(['other']);
  });
});

describe('grant predicates', () => {
  it('phishing-resistant: only strong combinations, no weaker OR alternative', () => {
    const strong = { builtInControls: [], authenticationStrength: { allowedCombinations: ['fido2', 'x509CertificateMultiFactor'] } };
    expect(grantRequiresPhishingResistant(policy({ grant: strong }))).toBe(true);
    expect(grantRequiresPhishingResistant(policy({ grant: { builtInControls: [], authenticationStrength: { id: '00000000-0000-0000-0000-000000000004' } } }))).toBe(true);
    expect(grantRequiresPhishingResistant(policy({ grant: { builtInControls: [], authenticationStrength: { allowedCombinations: ['fido2', 'password,sms'] } } }))).toBe(false);
    expect(grantRequiresPhishingResistant(policy({ grant: { ...strong, builtInControls: ['compliantDevice'] } }))).toBe(false);
    expect(grantRequiresPhishingResistant(policy({ grant: { ...strong, operator: 'AND', builtInControls: ['compliantDevice'] } }))).toBe(true);
    expect(grantRequiresPhishingResistant(policy())).toBe(false);
  });

  it('managed device: device controls only under OR, anything under AND', () => {
    expect(grantRequiresManagedDevice(policy({ grant: { builtInControls: ['compliantDevice'] } }))).toBe(true);
    expect(grantRequiresManagedDevice(policy({ grant: { builtInControls: ['compliantDevice', 'mfa'] } }))).toBe(false);
    expect(grantRequiresManagedDevice(policy({ grant: { operator: 'AND', builtInControls: ['compliantDevice', 'mfa'] } }))).toBe(true);
    expect(grantRequiresManagedDevice(policy())).toBe(false);
  });
});
