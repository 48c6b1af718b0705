import { ControlResultDto, ControlStatus } from '@trueconfig/common';
import { DatasetPath } from '../../datasets/dataset-path';
import { createEvaluation } from '../../evaluation/create-evaluation';
import { evaluateSnapshot } from '../../evaluation/evaluate-snapshot';
import { TenantSnapshot } from '../../evaluation/tenant-snapshot';
import { forbidden, member, mfaForAllPolicy, registration } from '../../testing/graph-fixtures';
import { ID_01 } from './id-01.control';
import { MemberRegistrationJoin } from './member-registrations';

const USERS = DatasetPath.Users;
const URD = DatasetPath.UserRegistrationDetails;
const CA = DatasetPath.ConditionalAccessPolicies;

function id01(snapshot: TenantSnapshot, pageSize = 2): ControlResultDto {
  const [result] = evaluateSnapshot(snapshot, { catalog: [ID_01], pageSize });
  return result;
}

describe('ID-01 users with MFA registered', () => {
  const outOfScope = [member('guest', { userType: 'Guest' }), member('disabled', { accountEnabled: false })];

  it('passes when every enabled member is registered (guests and disabled accounts ignored)', () => {
    const result = id01({
      [USERS]: [member('a'), member('b'), member('c'), ...outOfScope],
      [URD]: [registration('a', true), registration('b', true), registration('c', true), registration('guest', false), registration('disabled', false)],
      [CA]: [],
    });
    expect(result).toMatchObject({ controlId: 'ID-01', title: 'Users with MFA registered', status: ControlStatus.PASS, metric: 100, affectedCount: 0, evidence: [] });
    expect(result.summary).toBe('3 of 3 enabled member users (100%) have MFA registered; target 100%.');
  });

  it('fails below target, counting members missing from the report as not registered', () => {
    const result = id01({
      [USERS]: [member('a'), member('b'), member('c'), member('d', { accountEnabled: undefined }), ...outOfScope],
      [URD]: [registration('a', true), registration('b', true), registration('c', false)],
      [CA]: [mfaForAllPolicy()],
    });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, metric: 50, affectedCount: 2 });
    expect(result.evidence.map((e) => e.id).sort()).toEqual(['c', 'd']);
    expect(result.evidence[0]).toMatchObject({ kind: 'user', displayName: expect.stringMatching(/^User /) });
    expect(result.summary).toBe('2 of 4 enabled member users (50%) have MFA registered; 2 not registered; target 100%.');
  });

  it('reports the share to one decimal and decides on exact counts', () => {
    const users = [member('a'), member('b'), member('c')];
    const urd = [registration('a', true), registration('b', true), registration('c', false)];
    expect(id01({ [USERS]: users, [URD]: urd, [CA]: [] })).toMatchObject({ status: ControlStatus.FAIL, metric: 66.7 });
    const lenient = { _meta: { settings: { thresholds: { mfaTargetPercent: 66.7 } } }, [USERS]: users, [URD]: urd, [CA]: [] };
    expect(id01(lenient)).toMatchObject({ status: ControlStatus.FAIL, metric: 66.7 });
    const lower = { ...lenient, _meta: { settings: { thresholds: { mfaTargetPercent: 66 } } } };
    expect(id01(lower)).toMatchObject({ status: ControlStatus.PASS, metric: 66.7, affectedCount: 1 });
  });

  it('caps the evidence but counts every unregistered member', () => {
    const ids = Array.from({ length: 45 }, (_, i) => `u${i}`);
    const result = id01({ [USERS]: ids.map((id) => member(id)), [URD]: ids.map((id) => registration(id, false)), [CA]: [] }, 7);
    expect(result).toMatchObject({ status: ControlStatus.FAIL, metric: 0, affectedCount: 45 });
    expect(result.evidence).toHaveLength(20);
  });

  it('gives the same answer whichever dataset arrives first, page by page', () => {
    const users = [member('a'), member('b'), member('c'), ...outOfScope];
    const urd = [registration('disabled', true), registration('c', true), registration('a', false)];
    const evaluation = createEvaluation([ID_01]);
    for (const row of urd) evaluation.feed(URD, [row]);
    evaluation.complete(URD);
    for (const row of users) evaluation.feed(USERS, [row]);
    evaluation.complete(USERS);
    evaluation.complete(CA);
    const [result] = evaluation.finish();
    expect(result).toMatchObject({ status: ControlStatus.FAIL, metric: 33.3, affectedCount: 2 });
    expect(result.evidence.map((e) => e.id).sort()).toEqual(['a', 'b']);
  });

  it('is not applicable without enabled members', () => {
    expect(id01({ [USERS]: outOfScope, [URD]: [], [CA]: [] })).toMatchObject({ status: ControlStatus.NOT_APPLICABLE, metric: null });
  });

  describe('without the registration report (403)', () => {
    const base = { [USERS]: [member('a')], [URD]: forbidden() };

    it('is DEGRADED and names the covering enabled policy', () => {
      const result = id01({ ...base, [CA]: [mfaForAllPolicy()] });
      expect(result).toMatchObject({ status: ControlStatus.DEGRADED, metric: null, affectedCount: 0 });
      expect(result.summary).toBe(
        'MFA registration data is unavailable (requires Reports.Read.All); evaluated from Conditional Access only: ' +
          'enabled policy "Require MFA for all users" requires MFA for all users and all cloud apps.',
      );
      expect(result.evidence).toEqual([
        { kind: 'conditionalAccessPolicy', id: 'ca-mfa-all', displayName: 'Require MFA for all users', detail: 'requires MFA for all users and all cloud apps' },
      ]);
    });

    it('is DEGRADED and says so when no enabled policy covers everyone', () => {
      const result = id01({ ...base, [CA]: [] });
      expect(result.status).toBe(ControlStatus.DEGRADED);
      expect(result.summary).toContain('MFA registration data is unavailable (requires Reports.Read.All)');
      expect(result.summary).toContain('no enabled policy requires MFA for all users and all cloud apps.');
    });

    it('does not count a report-only policy', () => {
      const result = id01({ ...base, [CA]: [mfaForAllPolicy({ state: 'enabledForReportingButNotEnforced' })] });
      expect(result.status).toBe(ControlStatus.DEGRADED);
      expect(result.summary).toContain('no enabled policy requires MFA for all users and all cloud apps (report-only, not enforced: "Require MFA for all users").');
      expect(result.evidence[0].detail).toBe('is report-only (not enforced)');
    });

    it('does not count a policy with an unapproved exclusion, but counts approved and break-glass ones', () => {
      const excluding = mfaForAllPolicy();
      excluding.conditions!.users!.excludeUsers = ['bg-1', 'contractor'];
      expect(id01({ ...base, [CA]: [excluding] }).summary).toContain('no enabled policy');
      expect(id01({ ...base, [CA]: [excluding] }).evidence[0].detail).toBe('excludes 2 users not on the approved list');
      const approved = { ...base, [CA]: [excluding], _meta: { settings: { breakGlassAccounts: ['bg-1'], approvedExclusions: { users: ['contractor'] } } } };
      expect(id01(approved).summary).toContain('enabled policy "Require MFA for all users" requires MFA');
    });

    it('names a licence gate instead of a permission', () => {
      const result = id01({ ...base, [URD]: forbidden('Authentication_RequestFromNonPremiumTenantOrB2CTenant'), [CA]: [] });
      expect(result.summary).toContain('MFA registration data is unavailable (requires an Entra ID P1 or P2 licence)');
    });

    it('is an ERROR when Conditional Access is unavailable too', () => {
      const result = id01({ ...base, [CA]: forbidden('AccessDenied') });
      expect(result).toMatchObject({ status: ControlStatus.ERROR, metric: null });
      expect(result.summary).toContain('Conditional Access policies are unavailable too (requires Policy.Read.All)');
    });
  });

  it('is an ERROR when users are unavailable', () => {
    const result = id01({ [USERS]: forbidden(), [URD]: [registration('a', true)], [CA]: [] });
    expect(result).toMatchObject({ status: ControlStatus.ERROR, metric: null, affectedCount: 0 });
    expect(result.summary).toBe('The user directory is unavailable (requires User.Read.All): enabled member users cannot be identified.');
  });

  it('is an ERROR when users were read only in part', () => {
    const evaluation = createEvaluation([ID_01]);
    evaluation.feed(USERS, [member('a')]);
    evaluation.feed(URD, [registration('a', true)]);
    evaluation.complete(URD);
    evaluation.complete(CA);
    expect(evaluation.finish()[0]).toMatchObject({ status: ControlStatus.ERROR });
  });
});

describe('ID-01 without a P1 licence', () => {
  it('is NOT_APPLICABLE when the licence is known to be free', () => {
    const [result] = evaluateSnapshot({ [USERS]: [member('a')], _meta: { licence: 'free' } }, { catalog: [ID_01] });
    expect(result.status).toBe(ControlStatus.NOT_APPLICABLE);
  });

  it('is NOT_APPLICABLE when Graph gates both the report and Conditional Access on the licence', () => {
    const gate = forbidden('Authentication_RequestFromNonPremiumTenantOrB2CTenant');
    expect(id01({ [USERS]: [member('a')], [URD]: gate, [CA]: gate }).status).toBe(ControlStatus.NOT_APPLICABLE);
  });
});

describe('ID-01 with the join done outside the evaluation', () => {
  it('takes the counts from the join and keeps no rows of its own', () => {
    let asked = 0;
    const join: MemberRegistrationJoin = {
      counts: () => (asked++, { members: 296, registered: 240, unregistered: [{ kind: 'user', id: 'x', displayName: 'X', detail: 'no MFA method registered' }] }),
    };
    const evaluation = createEvaluation([ID_01], {}, { memberRegistrations: join });
    evaluation.feed(USERS, [member('a'), member('b')]);
    evaluation.complete(USERS);
    evaluation.feed(URD, [registration('a', true)]);
    evaluation.complete(URD);
    evaluation.complete(CA);
    const [result] = evaluation.finish();
    expect(asked).toBe(1);
    expect(result).toMatchObject({ status: ControlStatus.FAIL, metric: 81.1, affectedCount: 56, evidence: [{ id: 'x' }] });
    expect(result.summary).toBe('240 of 296 enabled member users (81.1%) have MFA registered; 56 not registered; target 100%.');
  });

  it('is not asked when the registration report is unavailable', () => {
    const join: MemberRegistrationJoin = { counts: () => { throw new Error('not loaded'); } };
    const evaluation = createEvaluation([ID_01], {}, { memberRegistrations: join });
    evaluation.complete(USERS);
    evaluation.markUnavailable(URD, { cause: 'permission', permission: 'Reports.Read.All', message: 'denied' });
    evaluation.complete(CA);
    expect(evaluation.finish()[0].status).toBe(ControlStatus.DEGRADED);
  });
});
