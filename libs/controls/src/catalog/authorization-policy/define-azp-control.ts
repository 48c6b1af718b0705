import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { settingItem } from '../../evidence/evidence-items';
import { ControlDefinition } from '../../model/control-definition';
import { ControlSpec, defineControl } from '../../model/define-control';
import { fail, pass, warn } from '../../model/outcome';

export interface AuthorizationPolicy {
  id?: string;
  allowInvitesFrom?: string;
  guestUserRoleId?: string;
  allowEmailVerifiedUsersToJoinOrganization?: boolean;
  allowedToSignUpEmailBasedSubscriptions?: boolean;
  allowUserConsentForRiskyApps?: boolean | null;
  blockMsolPowerShell?: boolean;
  defaultUserRolePermissions?: {
    allowedToCreateApps?: boolean;
    allowedToCreateSecurityGroups?: boolean;
    allowedToCreateTenants?: boolean;
    allowedToReadBitlockerKeysForOwnedDevice?: boolean;
    permissionGrantPoliciesAssigned?: string[];
  };
}

export interface SettingCheck {
  /** The setting as Graph names it, e.g. `defaultUserRolePermissions.allowedToCreateApps`. */
  setting: string;
  read(policy: AuthorizationPolicy): unknown;
  judge(value: unknown): 'pass' | 'warn' | 'fail';
  expected: string;
}

export type AzpControlSpec = Omit<ControlSpec, 'datasets' | 'permissions' | 'evaluate' | 'licence'> & { check: SettingCheck };

/** A control over one setting of the tenant's authorization policy. */
export function defineAzpControl(spec: AzpControlSpec): ControlDefinition {
  const { check, ...meta } = spec;
  return defineControl({
    ...meta,
    datasets: [CatalogDatasetPath.AuthorizationPolicy],
    permissions: ['Policy.Read.All'],
    licence: 'free',
    auditActivities: ['Update authorization policy'],
    evaluate: (view) => {
      const policy = unwrap(view.single<AuthorizationPolicy & { value?: AuthorizationPolicy[] }>(CatalogDatasetPath.AuthorizationPolicy));
      const value = check.read(policy);
      const verdict = check.judge(value);
      const shown = `${check.setting} is ${JSON.stringify(value ?? null)}`;
      if (verdict === 'pass') return pass(`${shown}.`);
      const evidence = [settingItem(policy.id ?? 'authorizationPolicy', 'Authorization policy', check.setting, value, check.expected)];
      return (verdict === 'warn' ? warn : fail)(`${shown}; expected ${check.expected}.`, { affectedCount: 1, evidence });
    },
  });
}

/** beta wraps the singleton in `value`. */
function unwrap(policy: (AuthorizationPolicy & { value?: AuthorizationPolicy[] }) | null): AuthorizationPolicy {
  if (policy && Array.isArray(policy.value)) return policy.value[0] ?? {};
  return policy ?? {};
}

export const AZP_PORTAL = 'Entra admin center → Identity → Users → User settings';
export const AZP_GRAPH = 'Graph: PATCH /policies/authorizationPolicy';
