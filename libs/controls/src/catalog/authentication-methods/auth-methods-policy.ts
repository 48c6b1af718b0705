import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { DatasetView } from '../../model/dataset-view';

export interface TargetRef {
  id?: string;
  targetType?: string;
}

export interface FeatureSetting {
  state?: string;
  includeTarget?: TargetRef;
  excludeTarget?: TargetRef;
}

export interface MethodConfiguration {
  '@odata.type'?: string;
  id?: string;
  state?: string;
  includeTargets?: TargetRef[];
  featureSettings?: Record<string, FeatureSetting | undefined>;
  isAttestationEnforced?: boolean;
}

export interface AuthMethodsPolicy {
  id?: string;
  policyMigrationState?: string;
  systemCredentialPreferences?: { state?: string; includeTargets?: TargetRef[]; excludeTargets?: TargetRef[] };
  authenticationMethodConfigurations?: MethodConfiguration[];
}

export const AMP = CatalogDatasetPath.AuthenticationMethodsPolicy;
export const AMP_PERMISSIONS = ['Policy.Read.All'];
export const AMP_AUDIT = ['Authentication Methods Policy Update', 'Update authentication methods policy'];
export const AMP_PORTAL = 'Entra admin center → Protection → Authentication methods → Policies';

export function authMethodsPolicy(view: DatasetView): AuthMethodsPolicy {
  return view.single<AuthMethodsPolicy>(AMP) ?? {};
}

export function methodConfiguration(policy: AuthMethodsPolicy, id: string): MethodConfiguration | undefined {
  return (policy.authenticationMethodConfigurations ?? []).find((c) => c.id?.toLowerCase() === id.toLowerCase());
}

export function targetsAllUsers(targets: TargetRef[] | undefined): boolean {
  return (targets ?? []).some((t) => t.id === 'all_users');
}

export function methodEvidence(config: MethodConfiguration, detail: string) {
  return { kind: 'authenticationMethod', id: config.id ?? 'unknown', displayName: config.id ?? 'unknown', detail };
}
