import { ControlStatus } from '@trueconfig/common';
import { ControlDefinition } from '../../model/control-definition';
import { PATHS } from '../../testing/directory-fixtures';
import { evaluateControl } from '../../testing/evaluate-control';
import { AM_01, AM_06 } from './am-01.control';
import { AM_02, AM_07 } from './am-02.control';
import { AM_03, AM_04, AM_05, AM_08 } from './am-03.control';

const ALL = { id: 'all_users', targetType: 'group' };
const feature = (state: string) => ({ state, includeTarget: ALL });

function methodsPolicy(overrides: { configs?: Array<Record<string, unknown>>; [key: string]: unknown } = {}) {
  const { configs, ...rest } = overrides;
  return {
    id: 'authenticationMethodsPolicy',
    policyMigrationState: 'migrationComplete',
    systemCredentialPreferences: { state: 'enabled', includeTargets: [ALL], excludeTargets: [] },
    authenticationMethodConfigurations: configs ?? [
      { id: 'Sms', state: 'disabled' },
      { id: 'Voice', state: 'disabled' },
      { id: 'Email', state: 'disabled' },
      { id: 'Fido2', state: 'enabled', includeTargets: [ALL] },
      { id: 'MicrosoftAuthenticator', state: 'enabled', featureSettings: { displayAppInformationRequiredState: feature('enabled'), displayLocationInformationRequiredState: feature('enabled') } },
    ],
    ...rest,
  };
}

const run = (control: ControlDefinition, policy: unknown) => evaluateControl(control, { [PATHS.authMethods]: policy });
const withConfig = (id: string, config: Record<string, unknown>) =>
  methodsPolicy({ configs: (methodsPolicy().authenticationMethodConfigurations as Array<Record<string, unknown>>).map((c) => (c.id === id ? { id, ...config } : c)) });

describe('authentication methods policy controls', () => {
  it.each([AM_01, AM_02, AM_03, AM_04, AM_06, AM_07, AM_08])('%s passes on a hardened policy', (control) => {
    expect(run(control, methodsPolicy()).status).toBe(ControlStatus.PASS);
  });

  it('AM-01 fails naming SMS; AM-06 fails on email OTP', () => {
    expect(run(AM_01, withConfig('Sms', { state: 'enabled' }))).toMatchObject({ status: ControlStatus.FAIL, summary: '1 weak method is enabled: Sms.', affectedCount: 1 });
    expect(run(AM_06, withConfig('Email', { state: 'enabled' })).status).toBe(ControlStatus.FAIL);
  });

  it('AM-02 fails when location context is default, is not applicable with Authenticator off', () => {
    const partial = withConfig('MicrosoftAuthenticator', { state: 'enabled', featureSettings: { displayAppInformationRequiredState: feature('enabled'), displayLocationInformationRequiredState: feature('default') } });
    expect(run(AM_02, partial)).toMatchObject({ status: ControlStatus.FAIL, summary: 'Authenticator context is not enabled for all users: displayLocationInformationRequiredState.' });
    expect(run(AM_02, withConfig('MicrosoftAuthenticator', { state: 'disabled' })).status).toBe(ControlStatus.NOT_APPLICABLE);
  });

  it('AM-02 accepts Graph\'s empty exclusion placeholder but not an excluded group', () => {
    const excluding = (id: string) => ({ state: 'enabled', includeTarget: ALL, excludeTarget: { id, targetType: 'group' } });
    const settings = (id: string) => withConfig('MicrosoftAuthenticator', { state: 'enabled', featureSettings: { displayAppInformationRequiredState: excluding(id), displayLocationInformationRequiredState: feature('enabled') } });
    expect(run(AM_02, settings('00000000-0000-0000-0000-000000000000')).status).toBe(ControlStatus.PASS);
    expect(run(AM_02, settings('5d1a0e2c-8b1e-4a63-9c7e-0a3f2b1c4d5e')).status).toBe(ControlStatus.FAIL);
  });

  it('AM-07 fails only when number matching is explicitly disabled', () => {
    const disabled = withConfig('MicrosoftAuthenticator', { state: 'enabled', featureSettings: { numberMatchingRequiredState: feature('disabled') } });
    expect(run(AM_07, disabled).status).toBe(ControlStatus.FAIL);
    expect(run(AM_07, withConfig('MicrosoftAuthenticator', { state: 'disabled' })).status).toBe(ControlStatus.NOT_APPLICABLE);
  });

  it('AM-03 fails during migration', () => {
    expect(run(AM_03, methodsPolicy({ policyMigrationState: 'migrationInProgress' })).status).toBe(ControlStatus.FAIL);
  });

  it('AM-04: default is a warning, disabled a failure, v1.0 (no preferences) degraded', () => {
    expect(run(AM_04, methodsPolicy({ systemCredentialPreferences: { state: 'default' } })).status).toBe(ControlStatus.WARN);
    expect(run(AM_04, methodsPolicy({ systemCredentialPreferences: { state: 'disabled' } })).status).toBe(ControlStatus.FAIL);
    const { systemCredentialPreferences: _omitted, ...v1 } = methodsPolicy();
    expect(evaluateControl(AM_04, { 'v1.0/policies/authenticationMethodsPolicy': v1 }).status).toBe(ControlStatus.DEGRADED);
  });

  it('AM-08 fails when passkeys are off and warns when they target some groups only', () => {
    expect(run(AM_08, withConfig('Fido2', { state: 'disabled' })).status).toBe(ControlStatus.FAIL);
    expect(run(AM_08, withConfig('Fido2', { state: 'enabled', includeTargets: [{ id: 'group-1', targetType: 'group' }] })).status).toBe(ControlStatus.WARN);
  });

  it('is an ERROR when the policy cannot be read', () => {
    expect(run(AM_01, { error: { status: 403, code: 'AccessDenied', message: 'denied' } }).summary).toBe(
      'Authentication methods policy data is unavailable (requires Policy.Read.All): AM-01 cannot be evaluated.',
    );
  });
});

describe('AM-05 passwords never expire', () => {
  const domain = (id: string, passwordValidityPeriodInDays: number | null, authenticationType = 'Managed') => ({ id, authenticationType, isVerified: true, passwordValidityPeriodInDays });

  it('passes when managed domains never expire (federated ones ignored)', () => {
    const result = evaluateControl(AM_05, { [PATHS.domains]: [domain('a.example', 2147483647), domain('b.example', null), domain('fed.example', 90, 'Federated')] });
    expect(result).toMatchObject({ status: ControlStatus.PASS, summary: 'Passwords never expire on all 2 managed domains.' });
  });

  it('fails naming the expiring domain', () => {
    const result = evaluateControl(AM_05, { [PATHS.domains]: [domain('a.example', 2147483647), domain('kiosk.example', 90)] });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1 });
    expect(result.evidence[0]).toMatchObject({ id: 'kiosk.example', detail: 'passwords expire after 90 days' });
  });

  it('is not applicable with federated domains only', () => {
    expect(evaluateControl(AM_05, { [PATHS.domains]: [domain('fed.example', 90, 'Federated')] }).status).toBe(ControlStatus.NOT_APPLICABLE);
  });
});
