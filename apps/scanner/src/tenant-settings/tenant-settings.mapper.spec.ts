import { toEvaluationSettings, toTenantSettingsDto } from './tenant-settings.mapper';
import { TenantSettingsEntity } from './tenant-settings.entity';

const TENANT = '8f3c1f54-2b1e-4d0f-9a7e-3c2b1a0f9e8d';
const row: TenantSettingsEntity = {
  tenantId: TENANT,
  orgId: 'o',
  breakGlassAccounts: ['a'],
  approvedExclusions: { users: ['u'] },
  approvedApplications: [],
  thresholds: { globalAdminMax: 8 },
  riskAcceptances: [{ controlId: 'GU-02', reason: 'r', owner: 'o', expiresAt: '2027-01-01T00:00:00.000Z', acceptedAt: '2026-01-01T00:00:00.000Z', acceptedBy: 'k' }],
  updatedAt: new Date('2026-11-27T00:00:00Z'),
  updatedBy: 'k',
};

describe('tenant settings mapping', () => {
  it('shows a tenant never configured with the documented defaults', () => {
    expect(toTenantSettingsDto(TENANT, null)).toEqual({
      tenantId: TENANT,
      breakGlassAccounts: [],
      approvedExclusions: { users: [], groups: [], roles: [], applications: [], guestsOrExternalUsers: false },
      approvedApplications: [],
      thresholds: { globalAdminMin: 2, globalAdminMax: 4, staleDays: 90, staleAdminDays: 30, mfaTargetPercent: 100, maxSecretLifetimeDays: 180 },
      riskAcceptances: [],
      updatedAt: null,
    });
  });

  it('applies defaults under the stored parts', () => {
    expect(toTenantSettingsDto(TENANT, row)).toMatchObject({ thresholds: { globalAdminMin: 2, globalAdminMax: 8 }, approvedExclusions: { users: ['u'], groups: [] }, updatedAt: '2026-11-27T00:00:00.000Z' });
  });

  it('hands the evaluation the library shape (acceptances without who accepted them)', () => {
    expect(toEvaluationSettings(null)).toEqual({});
    expect(toEvaluationSettings(row)).toEqual({
      breakGlassAccounts: ['a'],
      approvedExclusions: { users: ['u'] },
      approvedApplications: [],
      thresholds: { globalAdminMax: 8 },
      riskAcceptances: [{ controlId: 'GU-02', reason: 'r', owner: 'o', expiresAt: '2027-01-01T00:00:00.000Z' }],
    });
  });
});
