import { TenantSettingsDto } from '@trueconfig/common';
import { toTenantSettings } from './tenant-settings.mapper';

const acceptance = (expiresAt: string) => ({ controlId: 'GU-02', reason: 'r', owner: 'o', expiresAt, acceptedAt: '2026-01-01T00:00:00.000Z', acceptedBy: 'k' });
const dto: TenantSettingsDto = {
  tenantId: 't',
  breakGlassAccounts: [],
  approvedExclusions: { users: [], groups: [], roles: [], applications: [], guestsOrExternalUsers: false },
  approvedApplications: [],
  thresholds: { globalAdminMin: 2, globalAdminMax: 4, staleDays: 90, staleAdminDays: 30, mfaTargetPercent: 100, maxSecretLifetimeDays: 180 },
  riskAcceptances: [acceptance('2027-01-01T00:00:00.000Z'), acceptance('2026-06-01T00:00:00.000Z')],
  updatedAt: null,
};

describe('toTenantSettings', () => {
  it('marks each acceptance active until it expires', () => {
    const settings = toTenantSettings(dto, new Date('2026-11-27T00:00:00Z'));
    expect(settings.riskAcceptances.map((a) => a.active)).toEqual([true, false]);
    expect(settings).not.toHaveProperty('tenantId');
  });
});
