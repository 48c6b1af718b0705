import { ControlStatus } from '@trueconfig/common';
import { PATHS } from '../../testing/directory-fixtures';
import { evaluateControl, licenceGate } from '../../testing/evaluate-control';
import { BLOCK, CA_PATH, caPolicy } from '../../testing/policy-fixtures';
import { CA_11 } from './ca-11.control';
import { CA_12 } from './ca-12.control';
import { CA_13 } from './ca-13.control';
import { CA_15 } from './ca-15.control';

describe('CA-11 break-glass accounts excluded', () => {
  const settings = { breakGlassAccounts: ['bg1', 'bg2'], approvedExclusions: { groups: ['g-emergency'] } };

  it('passes when every enabled policy excludes them, directly or through an approved group', () => {
    const policies = [caPolicy({ id: 'a', users: { excludeUsers: ['bg1', 'bg2'] } }), caPolicy({ id: 'b', users: { excludeGroups: ['g-emergency'] } }), caPolicy({ id: 'c', state: 'disabled' })];
    expect(evaluateControl(CA_11, { [CA_PATH]: policies }, { settings })).toMatchObject({ status: ControlStatus.PASS, summary: 'All 2 break-glass accounts are excluded from all 2 enabled policies.' });
  });

  it('fails naming the policy and the account it applies to', () => {
    const result = evaluateControl(CA_11, { [CA_PATH]: [caPolicy({ id: 'a', users: { excludeUsers: ['bg1'] } })] }, { settings });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1 });
    expect(result.evidence[0]).toMatchObject({ id: 'a', detail: 'does not exclude break-glass bg2' });
  });

  it('warns when no break-glass account is configured', () => {
    expect(evaluateControl(CA_11, { [CA_PATH]: [caPolicy()] }).status).toBe(ControlStatus.WARN);
  });
});

describe('CA-12 references to deleted objects', () => {
  const policies = [caPolicy({ users: { includeUsers: ['All'], excludeUsers: ['u1', 'gone-user'], excludeGroups: ['g1'] } })];

  it('passes when every referenced user and group resolves', () => {
    const result = evaluateControl(CA_12, { [CA_PATH]: policies, [PATHS.referenced]: [{ id: 'u1' }, { id: 'gone-user' }, { id: 'g1' }] });
    expect(result).toMatchObject({ status: ControlStatus.PASS, summary: 'All 3 objects referenced by 1 policy exist.' });
  });

  it('fails naming the dangling reference', () => {
    const result = evaluateControl(CA_12, { [CA_PATH]: policies, [PATHS.referenced]: [{ id: 'u1' }, { id: 'g1' }] });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1 });
    expect(result.evidence[0].detail).toBe('references deleted object gone-user');
  });

  it('is an ERROR when the lookup was not collected', () => {
    expect(evaluateControl(CA_12, { [CA_PATH]: policies }).summary).toBe('Objects referenced by Conditional Access data is unavailable (not collected): CA-12 cannot be evaluated.');
  });
});

describe('CA-13 security defaults or Conditional Access', () => {
  const defaults = (isEnabled: boolean) => ({ [PATHS.securityDefaults]: { id: 'sd', isEnabled } });
  const legacy = caPolicy({ id: 'legacy', grant: BLOCK, conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] } });
  const mfa = caPolicy({ id: 'mfa' });
  const p1Skus = { [PATHS.skus]: [{ id: 's', servicePlans: [{ servicePlanName: 'AAD_PREMIUM', provisioningStatus: 'Success' }] }] };

  it('passes with security defaults on, whatever else', () => {
    expect(evaluateControl(CA_13, defaults(true), { licence: 'free' })).toMatchObject({ status: ControlStatus.PASS, summary: 'Security defaults are enabled.' });
  });

  it('passes with P1 and CA replacing them', () => {
    expect(evaluateControl(CA_13, { ...defaults(false), ...p1Skus, [CA_PATH]: [legacy, mfa] }).status).toBe(ControlStatus.PASS);
  });

  it('warns when the replacement is report-only', () => {
    const reportOnly = { ...mfa, state: 'enabledForReportingButNotEnforced' };
    expect(evaluateControl(CA_13, { ...defaults(false), [CA_PATH]: [legacy, reportOnly] }, { licence: 'p1' }).status).toBe(ControlStatus.WARN);
  });

  it('fails when CA does not replace them', () => {
    const result = evaluateControl(CA_13, { ...defaults(false), ...p1Skus, [CA_PATH]: [legacy] });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, summary: 'Security defaults are off and Conditional Access does not replace them: legacy authentication enforced, MFA for all users not covered.' });
  });

  it('fails without P1 (no SKU, or CA behind a licence gate)', () => {
    expect(evaluateControl(CA_13, { ...defaults(false), [PATHS.skus]: [], [CA_PATH]: [legacy, mfa] }).status).toBe(ControlStatus.FAIL);
    expect(evaluateControl(CA_13, { ...defaults(false), [CA_PATH]: licenceGate() }).summary).toContain('no Entra ID P1');
  });

  it('is an ERROR when security defaults cannot be read', () => {
    expect(evaluateControl(CA_13, { [PATHS.securityDefaults]: { error: { status: 403, code: 'AccessDenied', message: 'denied' } } }).status).toBe(ControlStatus.ERROR);
  });
});

describe('CA-15 report-only policies', () => {
  it('passes without report-only policies and warns naming them', () => {
    expect(evaluateControl(CA_15, { [CA_PATH]: [caPolicy()] }).status).toBe(ControlStatus.PASS);
    const result = evaluateControl(CA_15, { [CA_PATH]: [caPolicy({ displayName: 'Pilot', state: 'enabledForReportingButNotEnforced' })] });
    expect(result).toMatchObject({ status: ControlStatus.WARN, summary: '1 policy is in report-only mode: "Pilot".' });
  });
});
