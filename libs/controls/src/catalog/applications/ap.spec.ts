import { ControlStatus } from '@trueconfig/common';
import { PATHS } from '../../testing/directory-fixtures';
import { daysAgo, evaluateControl } from '../../testing/evaluate-control';
import { durationDays } from './app-credentials';
import { AP_03 } from './ap-03.control';
import { AP_04 } from './ap-04.control';
import { AP_05, AP_08 } from './ap-05.control';
import { AP_06 } from './ap-06.control';

const secret = (keyId: string, startDaysAgo: number, endInDays: number) => ({ keyId, displayName: keyId, startDateTime: daysAgo(startDaysAgo), endDateTime: daysAgo(-endInDays) });
const app = (id: string, passwordCredentials: unknown[], keyCredentials: unknown[] = []) => ({ id, appId: `app-${id}`, displayName: `App ${id}`, passwordCredentials, keyCredentials });

describe('AP-03 admin consent workflow', () => {
  const run = (policy: unknown) => evaluateControl(AP_03, { [PATHS.adminConsent]: policy });

  it('passes when enabled with reviewers', () => {
    expect(run({ isEnabled: true, reviewers: [{ query: '/users/u1' }] })).toMatchObject({ status: ControlStatus.PASS, summary: 'The admin consent workflow is enabled with 1 reviewer.' });
  });

  it('fails when disabled, or enabled without reviewers', () => {
    expect(run({ isEnabled: false, reviewers: [] }).summary).toBe('The admin consent workflow is disabled.');
    expect(run({ isEnabled: true, reviewers: [] }).summary).toBe('The admin consent workflow is enabled but has no reviewers.');
  });
});

describe('AP-04 credential lifetime policy', () => {
  const run = (restrictions: unknown[], isEnabled = true, settings = {}) =>
    evaluateControl(AP_04, { [PATHS.appManagement]: { id: 'p', isEnabled, applicationRestrictions: { passwordCredentials: restrictions } } }, { settings });

  it('passes when secrets are blocked or their lifetime is within the maximum', () => {
    expect(run([{ restrictionType: 'passwordAddition', state: 'enabled' }]).status).toBe(ControlStatus.PASS);
    expect(run([{ restrictionType: 'passwordLifetime', state: 'enabled', maxLifetime: 'P90D' }]).summary).toBe('Client secret lifetime is limited to 90 days (maximum 180).');
  });

  it('fails when the policy is off or the lifetime too long (threshold per tenant)', () => {
    expect(run([{ restrictionType: 'passwordAddition', state: 'enabled' }], false).status).toBe(ControlStatus.FAIL);
    expect(run([{ restrictionType: 'passwordLifetime', state: 'enabled', maxLifetime: 'P1Y' }]).status).toBe(ControlStatus.FAIL);
    expect(run([{ restrictionType: 'passwordLifetime', state: 'enabled', maxLifetime: 'P1Y' }], true, { thresholds: { maxSecretLifetimeDays: 400 } }).status).toBe(ControlStatus.PASS);
  });

  it('warns on a restriction that limits neither addition nor lifetime', () => {
    expect(run([{ restrictionType: 'symmetricKeyAddition', state: 'enabled' }]).status).toBe(ControlStatus.WARN);
  });

  it('reads ISO 8601 durations', () => {
    expect(durationDays('P180D')).toBe(180);
    expect(durationDays('PT4320H')).toBe(180);
    expect(durationDays('P1Y')).toBe(365);
    expect(durationDays('nonsense')).toBeNull();
  });
});

describe('AP-05 and AP-08 application credentials', () => {
  const apps = [app('ok', [secret('s1', 10, 100)]), app('long', [secret('s2', 10, 700)]), app('expired', [secret('s3', 400, -30)], [secret('c1', 800, -1)])];

  it('AP-05 fails naming the long-lived secret and passes without one', () => {
    const result = evaluateControl(AP_05, { [PATHS.applications]: apps });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1, summary: '1 application has secrets valid for more than 180 days.' });
    expect(result.evidence[0]).toMatchObject({ id: 'long', detail: '1 secret longer than 180 days: s2' });
    expect(evaluateControl(AP_05, { [PATHS.applications]: [apps[0]] }).status).toBe(ControlStatus.PASS);
  });

  it('AP-08 fails on expired secrets and certificates and passes without', () => {
    const result = evaluateControl(AP_08, { [PATHS.applications]: apps });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1 });
    expect(result.evidence[0].detail).toBe('2 expired credentials: s3, c1');
    expect(evaluateControl(AP_08, { [PATHS.applications]: [apps[0], apps[1]] }).status).toBe(ControlStatus.PASS);
  });
});

describe('AP-06 high-risk permissions', () => {
  const DIRECTORY_RW = '19dbc75e-c2e2-444c-a770-ec69d8559fc7';
  const sp = (id: string, appRoleIds: string[], owner = 'contoso') => ({ id, appId: `app-${id}`, displayName: `SP ${id}`, appOwnerOrganizationId: owner, appRoleAssignments: appRoleIds.map((appRoleId) => ({ appRoleId })) });
  const grant = (clientId: string, scope: string, consentType = 'AllPrincipals') => ({ id: `g-${clientId}`, clientId, consentType, scope });

  it('fails on an app permission or a tenant-wide delegated grant outside the allow-list', () => {
    const result = evaluateControl(AP_06, { [PATHS.servicePrincipals]: [sp('risky', [DIRECTORY_RW]), sp('reader', [])], [PATHS.grants]: [grant('reader', 'User.Read Mail.Send')] });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 2 });
    expect(result.evidence.map((e) => e.detail)).toEqual(['application permissions Directory.ReadWrite.All', 'tenant-wide delegated Mail.Send']);
  });

  it('passes for allow-listed apps, Microsoft first-party apps and per-user grants', () => {
    const data = {
      [PATHS.servicePrincipals]: [sp('approved', [DIRECTORY_RW]), sp('msft', [DIRECTORY_RW], 'f8cdef31-a31e-4b4a-93e4-5f571e91255a'), sp('reader', [])],
      [PATHS.grants]: [grant('reader', 'Mail.Send', 'Principal'), grant('approved', 'Mail.Send')],
    };
    expect(evaluateControl(AP_06, data, { settings: { approvedApplications: ['app-approved'] } }).status).toBe(ControlStatus.PASS);
  });

  it('is DEGRADED when delegated grants could not be read', () => {
    const result = evaluateControl(AP_06, { [PATHS.servicePrincipals]: [sp('reader', [])], [PATHS.grants]: { error: { status: 403, code: 'Authorization_RequestDenied', message: 'denied' } } });
    expect(result.status).toBe(ControlStatus.DEGRADED);
  });
});
