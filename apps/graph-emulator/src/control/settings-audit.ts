import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { authorizationPolicy } from '../directory/policy-objects';
import { Tenant } from '../tenants/tenant';
import { TenantSettings } from '../tenants/tenant-settings.schema';
import { AuditActor } from './audit-actor';
import { AuditedChange, auditEntry, modifiedProperties } from './audit-entry';

type Section = keyof TenantSettings;

/** identitySecurityDefaultsEnforcementPolicy's fixed id. */
const SECURITY_DEFAULTS_ID = '00000000-0000-0000-0000-000000000005';

interface AuditedObject {
  category: string;
  activity: string;
  targets(tenant: Tenant): Array<AuditedChange['target']>;
  /** The object as Graph shows it, so modified properties carry Graph's names (e.g. `guestUserRoleId`). */
  view(settings: TenantSettings): unknown;
}

const policy = (activity: string, id: string, displayName: string, view: AuditedObject['view']): AuditedObject => ({
  category: 'Policy',
  activity,
  targets: () => [{ id, displayName, type: 'Policy' }],
  view,
});

/** The directory object behind each setting; `adminConsent` is the emulator's own behaviour, not the directory's. */
const AUDITED: Record<Exclude<Section, 'adminConsent'>, AuditedObject> = {
  authorizationPolicy: policy('Update authorization policy', 'authorizationPolicy', 'Authorization Policy', (s) => authorizationPolicy(s)),
  securityDefaultsEnabled: policy('Update policy', SECURITY_DEFAULTS_ID, 'Security Defaults', (s) => ({ isEnabled: s.securityDefaultsEnabled })),
  authenticationMethods: policy('Authentication Methods Policy Update', 'authenticationMethodsPolicy', 'Authentication Methods Policy', (s) => s.authenticationMethods),
  adminConsentRequests: policy('Update admin consent request policy', 'adminConsentRequestPolicy', 'Admin consent request policy', (s) => s.adminConsentRequests),
  appManagementPolicy: policy('Update default app management policy', '00000000-0000-0000-0000-000000000000', 'Default app management tenant policy', (s) => s.appManagementPolicy),
  pim: {
    category: 'RoleManagement',
    activity: 'Update role setting in PIM',
    targets: () => [{ id: '62e90394-69f5-4237-9190-012177145e10', displayName: 'Global Administrator', type: 'Role' }],
    view: (s) => s.pim,
  },
  groupCreationRestricted: {
    category: 'DirectoryManagement',
    activity: 'Update directory setting',
    targets: () => [{ id: 'Group.Unified', displayName: 'Group.Unified', type: 'DirectorySetting' }],
    view: (s) => ({ EnableGroupCreation: !s.groupCreationRestricted }),
  },
  passwordValidityPeriodInDays: {
    category: 'DirectoryManagement',
    activity: 'Update domain',
    targets: (tenant) => tenant.domains.map((domain) => ({ id: domain, displayName: domain, type: 'Domain' })),
    view: (s) => ({ passwordValidityPeriodInDays: s.passwordValidityPeriodInDays }),
  },
};

/** One audit entry per changed directory object, as Entra writes them when an administrator saves a setting. */
export function settingsAudits(tenant: Tenant, before: TenantSettings, after: TenantSettings, actor: AuditActor | undefined): DirectoryAudit[] {
  const at = new Date();
  return Object.values(AUDITED).flatMap((audited) => {
    const modified = modifiedProperties(audited.view(before), audited.view(after));
    if (modified.length === 0) return [];
    return audited.targets(tenant).map((target) => auditEntry(tenant, actor, { category: audited.category, activity: audited.activity, target, modifiedProperties: modified }, at));
  });
}
