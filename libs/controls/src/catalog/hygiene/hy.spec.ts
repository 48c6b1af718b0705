import { ControlStatus } from '@trueconfig/common';
import { directoryUser, PATHS, roleAssignment } from '../../testing/directory-fixtures';
import { daysAgo, evaluateControl, NOW } from '../../testing/evaluate-control';
import { createEvaluation } from '../../evaluation/create-evaluation';
import { HY_01 } from './hy-01.control';
import { HY_03 } from './hy-03.control';
import { HY_04 } from './hy-04.control';

const active = (id: string, days: number, overrides: Record<string, unknown> = {}) => directoryUser(id, { signInActivity: { lastSuccessfulSignInDateTime: daysAgo(days) }, ...overrides });

describe('HY-01 stale enabled accounts', () => {
  it('passes when everyone signed in recently; disabled and break-glass accounts ignored', () => {
    const users = [active('a', 3), active('b', 89), active('off', 400, { accountEnabled: false }), active('bg', 400)];
    expect(evaluateControl(HY_01, { [PATHS.users]: users }, { settings: { breakGlassAccounts: ['bg'] } })).toMatchObject({ status: ControlStatus.PASS, metric: 0 });
  });

  it('fails counting idle and never-used accounts, against a per-tenant limit', () => {
    const users = [active('a', 3), active('idle', 120), directoryUser('never', { createdDateTime: daysAgo(200), signInActivity: { lastSuccessfulSignInDateTime: null } }), directoryUser('new', { createdDateTime: daysAgo(5), signInActivity: null })];
    const result = evaluateControl(HY_01, { [PATHS.users]: users });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 2, metric: 50 });
    expect(result.evidence.map((e) => e.detail)).toEqual(['idle@contoso.example: last successful sign-in 120 days ago', 'never@contoso.example: never signed in; created 200 days ago']);
    expect(evaluateControl(HY_01, { [PATHS.users]: users }, { settings: { thresholds: { staleDays: 365 } } }).status).toBe(ControlStatus.PASS);
  });

  it('is NOT_APPLICABLE on a free tenant and DEGRADED when sign-in activity was not selected', () => {
    const plain = [directoryUser('a')];
    expect(evaluateControl(HY_01, { [PATHS.users]: plain }, { licence: 'free' }).status).toBe(ControlStatus.NOT_APPLICABLE);
    expect(evaluateControl(HY_01, { [PATHS.users]: plain }).status).toBe(ControlStatus.DEGRADED);
    expect(evaluateControl(HY_01, { [PATHS.users]: [] }).status).toBe(ControlStatus.NOT_APPLICABLE);
  });

  it('is an ERROR when the directory read was refused, NOT_APPLICABLE when licence-gated', () => {
    expect(evaluateControl(HY_01, { [PATHS.users]: { error: { status: 403, code: 'Authorization_RequestDenied', message: 'denied' } } }).status).toBe(ControlStatus.ERROR);
    expect(evaluateControl(HY_01, { [PATHS.users]: { error: { status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: 'no premium' } } }).status).toBe(ControlStatus.NOT_APPLICABLE);
  });
});

describe('stale-account controls on sign-in data read earlier (delta scans)', () => {
  it('say when the sign-in activity was read', () => {
    const asOf = new Date('2026-11-26T21:30:00Z');
    const evaluation = createEvaluation([HY_01, HY_04], {}, { now: NOW, signInActivityAsOf: () => asOf });
    evaluation.feed(PATHS.roleAssignments, [roleAssignment('admin')]);
    evaluation.complete(PATHS.roleAssignments);
    evaluation.feed(PATHS.users, [active('admin', 2), active('idle', 120)]);
    evaluation.complete(PATHS.users);
    const [hy01, hy04] = evaluation.finish();
    expect(hy01.summary).toBe('1 of 2 enabled accounts have had no successful sign-in for more than 90 days. Sign-in activity as of 2026-11-26 21:30 UTC.');
    expect(hy04.summary).toBe('None of 1 privileged user has been idle more than 30 days. Sign-in activity as of 2026-11-26 21:30 UTC.');
  });
});

describe('HY-04 stale privileged accounts (stricter limit)', () => {
  const roles = { [PATHS.roleAssignments]: [roleAssignment('admin'), roleAssignment('bg')] };

  it('fails on an admin idle beyond the admin limit though within the user limit', () => {
    const users = [active('admin', 45), active('bg', 300), active('member', 300)];
    const result = evaluateControl(HY_04, { ...roles, [PATHS.users]: users }, { settings: { breakGlassAccounts: ['bg'] } });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1 });
    expect(result.evidence[0].detail).toBe('Global Administrator (active): last successful sign-in 45 days ago');
  });

  it('passes with active admins and is DEGRADED without sign-in activity', () => {
    expect(evaluateControl(HY_04, { ...roles, [PATHS.users]: [active('admin', 2), active('bg', 2)] }).status).toBe(ControlStatus.PASS);
    expect(evaluateControl(HY_04, { ...roles, [PATHS.users]: [directoryUser('admin')] }).status).toBe(ControlStatus.DEGRADED);
  });
});

describe('HY-03 Microsoft 365 group creation', () => {
  const setting = (value: string) => ({ id: 's1', displayName: 'Group.Unified', templateId: '62375ab9-6b52-47ed-826b-58e47e0e304b', values: [{ name: 'EnableGroupCreation', value }] });

  it('passes when restricted and fails when open or unset', () => {
    expect(evaluateControl(HY_03, { [PATHS.groupSettings]: [setting('False')] }).status).toBe(ControlStatus.PASS);
    expect(evaluateControl(HY_03, { [PATHS.groupSettings]: [setting('true')] }).status).toBe(ControlStatus.FAIL);
    expect(evaluateControl(HY_03, { [PATHS.groupSettings]: [] }).evidence[0].detail).toBe('no Group.Unified setting: every user may create groups');
  });
});
