import type { GroupSetting, TenantAppManagementPolicy } from '@microsoft/microsoft-graph-types';
import { TenantSettings } from '../tenants/tenant-settings.schema';

/** AP-04: the tenant default app management policy (credential lifetime restrictions). */
export function defaultAppManagementPolicy(settings: TenantSettings): TenantAppManagementPolicy {
  const { isEnabled, maxPasswordLifetimeDays } = settings.appManagementPolicy;
  const restrictions =
    maxPasswordLifetimeDays === null
      ? []
      : [{ restrictionType: 'passwordLifetime' as const, maxLifetime: `P${maxPasswordLifetimeDays}D`, restrictForAppsCreatedAfterDateTime: '2020-01-01T00:00:00Z' }];
  return {
    id: '00000000-0000-0000-0000-000000000000',
    displayName: 'Default app management tenant policy',
    description: 'Default tenant policy that enforces app management restrictions on applications and service principals.',
    isEnabled,
    applicationRestrictions: { passwordCredentials: restrictions, keyCredentials: [] },
    servicePrincipalRestrictions: { passwordCredentials: restrictions, keyCredentials: [] },
  };
}

export const GROUP_UNIFIED_TEMPLATE_ID = '62375ab9-6b52-47ed-826b-58e47e0e304b';

/** HY-03: a tenant has no Group.Unified setting until an administrator restricts group creation. */
export function groupSettings(settings: TenantSettings): GroupSetting[] {
  if (!settings.groupCreationRestricted) return [];
  return [
    {
      id: '9d1b3f1e-0000-4000-8000-00000000ab01',
      displayName: 'Group.Unified',
      templateId: GROUP_UNIFIED_TEMPLATE_ID,
      values: [
        { name: 'EnableGroupCreation', value: 'false' },
        { name: 'GroupCreationAllowedGroupId', value: '' },
      ],
    },
  ];
}
