import type { Application, DirectoryRole, Group, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import type { Tenant } from '../tenants/tenant';
import { generatedApplications } from './generated-apps';
import { groups, namedLocations } from './tenant-objects';
import { generatedAppPrincipals, graphServicePrincipal, servicePrincipal } from './service-principals';
import { RoleContext, directoryRoles } from './role-objects';
import { roleMemberships, RoleMembership } from './role-memberships';

/** What `appRegistrations.withRiskyPermissions` grants (ScubaGear lists both as high risk). */
const RISKY_PERMISSIONS = ['Mail.ReadWrite', 'Application.ReadWrite.All'];

/**
 * The small, fixed-size parts of a tenant (roles, groups, apps), generated on first use and kept;
 * the user population and logs stay lazy and index-addressed.
 */
export class TenantDirectory {
  private cache = new Map<string, unknown>();

  constructor(private readonly tenant: Tenant) {}

  private memo<T>(key: string, build: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, build());
    return this.cache.get(key) as T;
  }

  get seed(): number {
    return this.tenant.spec.generate?.seed ?? 1;
  }

  get roleContext(): RoleContext {
    const seed = this.seed;
    return { seed, referenceMs: this.tenant.referenceMs, userId: (index) => this.tenant.population.user(index).id ?? '' };
  }

  get memberships(): RoleMembership[] {
    return this.memo('memberships', () => roleMemberships(this.tenant.spec, this.tenant.population));
  }

  get directoryRoles(): DirectoryRole[] {
    return this.memo('directoryRoles', () => directoryRoles(this.memberships, this.seed));
  }

  /** Users holding an active assignment of the directory role, as directoryObject references. */
  roleMembers(roleId: string): Array<Record<string, unknown>> | undefined {
    const role = this.directoryRoles.find((candidate) => candidate.id === roleId);
    if (!role) return undefined;
    const indexes = new Set(this.memberships.filter((m) => m.kind !== 'eligible' && m.templateId === role.roleTemplateId).map((m) => m.userIndex));
    return [...indexes].map((index) => {
      const user = this.tenant.population.user(index);
      return { '@odata.type': '#microsoft.graph.user', id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, userType: user.userType };
    });
  }

  get groups(): Group[] {
    return this.memo('groups', () => groups(this.tenant.spec.groups, this.seed, this.tenant.referenceMs));
  }

  get namedLocations() {
    return this.memo('namedLocations', () => namedLocations(this.tenant.spec.namedLocations, this.seed, this.tenant.referenceMs));
  }

  get generatedApplications(): Application[] {
    return this.memo('apps', () =>
      generatedApplications(this.tenant.spec.appRegistrations, this.seed, this.tenant.referenceMs, this.tenant.defaultDomain),
    );
  }

  get graphPrincipal(): ServicePrincipal {
    return this.memo('graphSp', () => graphServicePrincipal(this.seed));
  }

  get generatedPrincipals(): ServicePrincipal[] {
    return this.memo('sps', () => generatedAppPrincipals(this.generatedApplications, this.seed, this.tenant.tenantId));
  }

  /** Graph, the generated apps, and every registered or consented connector app. */
  servicePrincipals(): ServicePrincipal[] {
    const connectors = [...this.tenant.apps.values()].map((app) =>
      servicePrincipal({
        id: app.servicePrincipalId,
        appId: app.clientId,
        displayName: app.displayName,
        ownerTenantId: app.homeTenantId ?? this.tenant.tenantId,
        enabled: !app.disabled,
      }),
    );
    return [this.graphPrincipal, ...this.generatedPrincipals, ...connectors];
  }

  /** Application permissions held by a service principal; undefined when there is no such principal. */
  grantedPermissions(servicePrincipalId: string): string[] | undefined {
    const connector = [...this.tenant.apps.values()].find((app) => app.servicePrincipalId === servicePrincipalId);
    if (connector) return connector.permissions;
    const index = this.generatedPrincipals.findIndex((principal) => principal.id === servicePrincipalId);
    if (index >= 0) return index < this.tenant.spec.appRegistrations.withRiskyPermissions ? [...RISKY_PERMISSIONS] : [];
    return servicePrincipalId === this.graphPrincipal.id ? [] : undefined;
  }

  /** Ids of the generated administrators, e.g. as admin-consent reviewers. */
  adminIds(): string[] {
    return this.tenant.population.adminIndexes().map((index) => this.roleContext.userId(index));
  }
}
