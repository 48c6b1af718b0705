import { ErrorCode } from '@trueconfig/common';
import { validateSettingsInput } from './tenant-settings-input';

const GUID = '11111111-2222-3333-4444-555555555555';

describe('validateSettingsInput', () => {
  it('keeps only the parts given, ids lower-cased and unique, thresholds merged over the stored ones', () => {
    expect(validateSettingsInput({ breakGlassAccounts: [GUID.toUpperCase(), GUID] })).toEqual({ breakGlassAccounts: [GUID] });
    expect(validateSettingsInput({ thresholds: { staleDays: 60 } }, { globalAdminMax: 8 })).toEqual({ thresholds: { globalAdminMax: 8, staleDays: 60 } });
    expect(validateSettingsInput({ approvedExclusions: { groups: [GUID], guestsOrExternalUsers: true } })).toEqual({ approvedExclusions: { groups: [GUID], guestsOrExternalUsers: true } });
  });

  it.each([
    [{ breakGlassAccounts: ['admin@contoso.com'] }, 'breakGlassAccounts[0]'],
    [{ approvedApplications: 'x' as unknown as string[] }, 'approvedApplications'],
    [{ approvedExclusions: { roles: [GUID, 'Global Administrator'] } }, 'approvedExclusions.roles[1]'],
    [{ thresholds: { mfaTargetPercent: 101 } }, 'thresholds.mfaTargetPercent'],
    [{ thresholds: { staleDays: 1.5 } }, 'thresholds.staleDays'],
    [{ thresholds: { globalAdminMin: 5 } }, 'thresholds.globalAdminMax'],
    [{ breakGlassAccounts: Array.from({ length: 501 }, () => GUID) }, 'breakGlassAccounts'],
  ])('refuses %j naming %s', (input, field) => {
    expect(() => validateSettingsInput(input)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field } }));
  });

  it('checks the admin band against the stored bound it does not change', () => {
    expect(() => validateSettingsInput({ thresholds: { globalAdminMin: 6 } }, { globalAdminMax: 8 })).not.toThrow();
    expect(() => validateSettingsInput({ thresholds: { globalAdminMax: 3 } }, { globalAdminMin: 4 })).toThrow(expect.objectContaining({ details: { field: 'thresholds.globalAdminMax' } }));
  });
});
