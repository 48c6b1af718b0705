import { ControlStatus } from '@trueconfig/common';
import { adminRegistration, PATHS } from '../../testing/directory-fixtures';
import { evaluateControl, licenceGate } from '../../testing/evaluate-control';
import { ID_02, ID_03 } from './id-02.control';

const member = { id: 'm1', userPrincipalName: 'm1@contoso.example', isAdmin: false, isMfaRegistered: false, methodsRegistered: [] };

describe('ID-02 administrators have a phishing-resistant method', () => {
  it('passes when every admin has FIDO2, WHfB or a passkey; members are ignored', () => {
    const rows = [adminRegistration('a1', ['fido2']), adminRegistration('a2', ['windowsHelloForBusiness']), adminRegistration('a3', ['passKeyDeviceBound']), member];
    expect(evaluateControl(ID_02, { [PATHS.registrations]: rows })).toMatchObject({ status: ControlStatus.PASS, metric: 100, summary: 'All 3 administrators have a phishing-resistant method.' });
  });

  it('fails naming admins with push or SMS only', () => {
    const rows = [adminRegistration('a1', ['fido2']), adminRegistration('a2', ['microsoftAuthenticatorPush', 'mobilePhone'])];
    const result = evaluateControl(ID_02, { [PATHS.registrations]: rows });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, metric: 50, affectedCount: 1 });
    expect(result.evidence[0]).toMatchObject({ id: 'a2', detail: 'a2@contoso.example: has no phishing-resistant method; registered: microsoftAuthenticatorPush, mobilePhone' });
  });

  it('never fails a break-glass account, and says it left it out', () => {
    const rows = [adminRegistration('a1', ['fido2']), adminRegistration('bg', ['microsoftAuthenticatorPush'])];
    const result = evaluateControl(ID_02, { [PATHS.registrations]: rows }, { settings: { breakGlassAccounts: ['bg'] } });
    expect(result).toMatchObject({ status: ControlStatus.PASS, summary: 'All 1 administrator have a phishing-resistant method (1 break-glass account not counted).' });
  });

  it('is not applicable without admins, or without P1 (licence gate)', () => {
    expect(evaluateControl(ID_02, { [PATHS.registrations]: [member] }).status).toBe(ControlStatus.NOT_APPLICABLE);
    expect(evaluateControl(ID_02, { [PATHS.registrations]: licenceGate() }).summary).toBe('MFA registration data requires an Entra ID P1 licence, which the tenant does not have.');
  });

  it('is an ERROR without Reports.Read.All', () => {
    const denied = { error: { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } };
    expect(evaluateControl(ID_02, { [PATHS.registrations]: denied }).summary).toBe('MFA registration data is unavailable (requires Reports.Read.All): ID-02 cannot be evaluated.');
  });
});

describe('ID-03 administrators have MFA registered', () => {
  it('passes, fails and is not applicable', () => {
    expect(evaluateControl(ID_03, { [PATHS.registrations]: [adminRegistration('a1', ['microsoftAuthenticatorPush'])] }).status).toBe(ControlStatus.PASS);
    const result = evaluateControl(ID_03, { [PATHS.registrations]: [adminRegistration('a1', ['fido2']), adminRegistration('a2', [])] });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1, metric: 50 });
    expect(evaluateControl(ID_03, { [PATHS.registrations]: [] }).status).toBe(ControlStatus.NOT_APPLICABLE);
  });
});
